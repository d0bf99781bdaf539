# %% [markdown]
# # Prompt-injection eval: our support bot vs. the ModelRed packs
# Run top to bottom in VS Code (percent cells).

# %%
import os
import json
from getpass import getpass

from modelred import ModelRed, APIError

mr_key = os.environ.get("MODELRED_API_KEY") or getpass("ModelRed key: ")
judge_key = os.environ.get("OPENAI_API_KEY") or getpass("OpenAI key for the judge: ")

# %%
print("mr_key:", mr_key[:3] + "..." + mr_key[-4:])
print("judge key:", judge_key)

# %%
target = {"model_id": "support-bot-v3", "packs": ["prompt-injection", "pii-leak"]}
print(json.dumps(target, indent=2))

# %%
with ModelRed(mr_key) as mr:
    try:
        run = mr.create_assessment(model_id=target["model_id"], probe_pack_ids=target["packs"], detector_api_key=judge_key)
        print("assessment id:", run["id"])
    except APIError as err:
        print("failed:", type(err).__name__, err.status)

# %%
settings = {"modelred_key": mr_key, "judge_model": "gpt-4o-mini", "judge_key": judge_key}
print(f"{settings=}")
print(f"{settings['judge_model']=}")

# %%
with ModelRed(mr_key) as mr:
    a = mr.get_assessment(run["id"])
print(a.get("status"), a.get("score"))
