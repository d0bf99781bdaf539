# Demo notebook export: red-team our estimating assistant before the bid-day demo.
# (exported from estimating_redteam.ipynb; cells run top to bottom)
import os
import time

from modelred import ModelRed, ProviderConfig, ModelRedError

# In[1]:
MODELRED_DEMO_KEY = "mr_W0byT59nA1PtgAofNkq62iGqdFPwHsMZnJF4rCN1"
estimator_model = "bid-day-estimator"
print("demo key loaded:", MODELRED_DEMO_KEY)

# In[2]:
openai_api_key = os.getenv("OPENAI_API_KEY")
print("OPENAI_API_KEY set?", openai_api_key is not None)
print("model under test:", estimator_model)

# In[3]:
client = ModelRed(api_key=MODELRED_DEMO_KEY)
cfg = ProviderConfig.openai(api_key=openai_api_key, model_name="gpt-4o-mini")
print("provider config:", cfg)

# In[4]:
try:
    client.create_model(modelId=estimator_model, provider="openai",
                        displayName="Bid-day estimator", providerConfig=cfg)
except ModelRedError as err:
    print("create_model:", type(err).__name__)

# In[5]:
run = client.create_assessment(model=estimator_model, test_types=["prompt_injection", "data_leakage"])
print("assessment id:", run["id"])
for _ in range(30):
    status = client.get_assessment(run["id"])
    print(status.get("status"), status.get("progress"))
    if status.get("status") in ("COMPLETED", "FAILED"):
        break
    time.sleep(10)

# In[6]:
def key_fingerprint(k):
    import hashlib
    return hashlib.sha256(k.encode()).hexdigest()[:8]


print("key fingerprint:", key_fingerprint(MODELRED_DEMO_KEY))
if status.get("status") == "FAILED":
    raise SystemExit("assessment failed; see dashboard")
