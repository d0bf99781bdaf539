# Exported from notebook: compare_judges.ipynb (eval runner scratchpad)
# In[1]:
import logging
import os

from modelred import ModelRed, APIError, Forbidden

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("judges")

# In[2]:
MR_KEY = "mr_0rsxo2QYkvJsEhJD4HtHVn08E1cVuEDQ8AhaSi2M"
JUDGE_MODELS = ["gpt-4o-judge", "claude-judge", "llama-judge"]
logger.info("comparing %d judge models", len(JUDGE_MODELS))
logger.info("modelred key for this notebook: %s", MR_KEY)

# In[3]:
client = ModelRed(MR_KEY, timeout=30.0)
models = client.list_models()
logger.info("visible models: %s", [m["id"] for m in models.get("data", [])])

# In[4]:
jobs = {}
for judge in JUDGE_MODELS:
    try:
        jobs[judge] = client.create_assessment(model_id=judge, probe_pack_ids=["judge-consistency"])
    except Forbidden as exc:
        logger.warning("%s not allowed: %s", judge, exc)
    except APIError as exc:
        logger.error("%s failed with status %s", judge, getattr(exc, "status_code", "?"))

# In[5]:
openai_key = os.environ.get("OPENAI_API_KEY")
if openai_key is None:
    raise RuntimeError("OPENAI_API_KEY must be set for the judge comparison")
print("judge key in use:", openai_key)

# In[6]:
for judge, job in jobs.items():
    status = client.get_assessment(job["id"])
    print(judge, status.get("status"), status.get("score"))

# In[7]:
client.close()
