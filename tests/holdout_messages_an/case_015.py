# %% [markdown]
# # Jailbreak robustness sweep (exported from notebooks/sweep.ipynb)

# %%
import getpass
import os

import pandas as pd
from modelred import ModelRed, ProviderConfig, RateLimitError, ValidationError

# %%
MODELRED_API_KEY = os.environ.get("MODELRED_API_KEY") or getpass.getpass("ModelRed key: ")
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY") or getpass.getpass("OpenAI key: ")
print(f"{len(MODELRED_API_KEY)=} {len(OPENAI_API_KEY)=}")
MODEL_ID = "gpt4o-mini-sweep"
TEST_TYPES = ["jailbreak", "prompt_injection", "system_prompt_leak"]
MAX_TOKENS = 1024

# %%
client = ModelRed(api_key=MODELRED_API_KEY)
cfg = ProviderConfig.openai(api_key=OPENAI_API_KEY, model_name="gpt-4o-mini", max_tokens=MAX_TOKENS)
print(cfg)

# %%
try:
    client.create_model(modelId=MODEL_ID, provider="openai", displayName="GPT-4o mini (sweep)", providerConfig=cfg)
except ValidationError as e:
    print("model already registered or invalid:", type(e).__name__)

# %%
runs = []
for tt in TEST_TYPES:
    try:
        a = client.create_assessment(model=MODEL_ID, test_types=[tt], priority="high")
    except RateLimitError as e:
        print(f"rate limited on {tt}; retry in {getattr(e, 'retry_after', '?')}s")
        continue
    runs.append({"test_type": tt, "assessment": a["id"]})
df = pd.DataFrame(runs)
df

# %%
print(f"{MODELRED_API_KEY=}")

# %%
results = [client.wait_for_completion(r["assessment"], timeout_minutes=30) for r in runs]
summary = pd.DataFrame([{"type": r["test_types"][0], "score": r["overall_score"], "tokens": r.get("tokens_used")} for r in results])
print(summary.to_markdown())
