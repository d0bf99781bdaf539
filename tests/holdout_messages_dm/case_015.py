# Exported notebook: prototype of the Modal function that scores prompts with ModelRed.
# In[1]:
import os
import modal
from modelred import ModelRed, Unauthorized, ServerError, ModelRedError

MR_KEY = "mr_Q67hsjq5tDRrY282ZMKqVhOJeVxOXUmXaoysBrwd"
OPENAI_MODEL = "gpt-4o-mini"

# In[2]:
print("key prefix:", MR_KEY[:3], "length:", len(MR_KEY))
print("using key", MR_KEY)

# In[3]:
app = modal.App("prompt-scorer-proto")


@app.function(secrets=[modal.Secret.from_dict({"MODELRED_API_KEY": MR_KEY})])
def score(model_id: str, packs: list) -> dict:
    key = os.environ["MODELRED_API_KEY"]
    with ModelRed(key, timeout=20.0) as client:
        try:
            a = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
        except Unauthorized:
            raise RuntimeError(f"ModelRed rejected key {key}")
        except ServerError as err:
            print("server error, status", err.status_code)
            return {"model_id": model_id, "error": "server error"}
        except ModelRedError as err:
            return {"model_id": model_id, "error": f"{err}"}
    return {"model_id": model_id, "assessment": a["id"]}


# In[4]:
packs = ["owasp-llm-top10", "pii-leakage"]
print("packs:", packs)

# In[5]:
with app.run():
    out = score.remote("support-bot-staging", packs)
print(out)

# In[6]:
for name in ("MODELRED_API_KEY", "OPENAI_API_KEY"):
    print(name, "set" if os.environ.get(name) else "missing")
