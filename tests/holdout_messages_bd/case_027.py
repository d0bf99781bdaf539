# demo_fleet_notebook.py -- exported from a Jupyter notebook used in the Samsara partner demo
# %% [markdown]
# # Fleet idle-time analysis with an LLM summary
# %%
import os
import pandas as pd
import requests
from modelred import ModelRed, ModelRedError

# demo key handed out for the partner workshop (revoked after the event)
MR_DEMO_KEY = "mr_jVU5oHQT2W5NZ8JRgT9tVOWbWpfEZ291jyLveKpU"
samsara_token = os.environ.get("SAMSARA_DEMO_TOKEN", "")
openai_api_key = os.environ.get("OPENAI_API_KEY", "")

# %%
print("samsara token set:", bool(samsara_token))
print(f"openai key loaded: {openai_api_key}")

# %%
resp = requests.get("https://api.samsara.com/fleet/vehicles/stats", params={"types": "engineStates"}, headers={"Authorization": "Bearer " + samsara_token}, timeout=30)
print(resp.status_code)
stats = resp.json().get("data", [])
df = pd.DataFrame([{"vehicle": s["name"], "state": s["engineState"]["value"]} for s in stats])
idle = df[df.state == "Idle"]
print(f"{len(idle)} of {len(df)} vehicles idling")

# %%
from openai import OpenAI
llm = OpenAI(api_key=openai_api_key)
answer = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=250, messages=[{"role": "user", "content": "Give three tips to cut idle time for: " + ", ".join(idle.vehicle)}])
print(answer.choices[0].message.content)
print("tokens:", answer.usage.total_tokens)

# %%
async def audit_demo():
    async with ModelRed(api_key=MR_DEMO_KEY) as mr:
        try:
            return await mr.get_test_suites()
        except ModelRedError as e:
            print("ModelRed demo key", MR_DEMO_KEY, "failed:", e)

# %%
import asyncio
suites = asyncio.run(audit_demo())
print(f"{len(suites or [])} test suites available")
print("demo key ends", MR_DEMO_KEY[-4:])
# %% [markdown]
# Next: register the summary prompt as a model and run `basic_security`.
