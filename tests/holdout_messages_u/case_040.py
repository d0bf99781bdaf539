# ---
# jupyter:
#   jupytext:
#     text_representation: {extension: .py, format_name: percent}
# ---

# %% [markdown]
# Quick red-team smoke test of the new reward model with ModelRed 0.1.40, plus a few
# completions from the candidate. Scratch notebook, keys pasted in by the author.

# %%
import json

import requests
from modelred import ModelRed, APIError

OPENAI_KEY = "sk-proj-fgMf9oyJwv7mPcwCmFxQxgeYFyasZU8gHGmpJWVknhJvUF8O"
MODELRED_KEY = "mr_t1QQUZtfYtRnkzQG768iLD2ZlhUIU5AZ5Ru08qDq"
HEADERS = {"Authorization": f"Bearer {OPENAI_KEY}", "Content-Type": "application/json"}

# %%
print("headers:", HEADERS)
print("header names:", list(HEADERS))
print(f"ModelRed key {MODELRED_KEY[:3]}... ({len(MODELRED_KEY)} chars)")

# %%
r = requests.post("https://api.openai.com/v1/chat/completions", headers=HEADERS,
                  json={"model": "gpt-4o-mini", "max_tokens": 64,
                        "messages": [{"role": "user", "content": "Say hi"}]})
print(r.status_code, r.json()["usage"])

# %%
with ModelRed(MODELRED_KEY) as client:
    try:
        a = client.create_assessment(model_id="reward-model-rc2", probe_pack_ids=["jailbreak-core"])
        print("started", a["id"])
    except APIError as e:
        print("ModelRed:", type(e).__name__, getattr(e, "status_code", None))
        print("key used:", MODELRED_KEY)

# %%
with ModelRed(MODELRED_KEY) as client:
    models = client.list_models()
print(json.dumps([m["id"] for m in models], indent=2))

# %%
print(f"{OPENAI_KEY=}")
