# Jupyter-exported analysis notebook: Whoop strain vs. LLM-coached training adherence.
# %% setup
import os
import json
import pandas as pd
import requests
from openai import OpenAI

WHOOP_TOKEN = os.environ["WHOOP_ACCESS_TOKEN"]
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
ORG_ID = os.getenv("OPENAI_ORG_ID", "org-coaching-lab")
print("whoop token length:", len(WHOOP_TOKEN))
print("org:", ORG_ID, "| whoop token present:", bool(WHOOP_TOKEN))

# %% pull cycles
hdrs = {"Authorization": f"Bearer {WHOOP_TOKEN}"}
resp = requests.get("https://api.prod.whoop.com/developer/v1/cycle", headers=hdrs, params={"limit": 25}, timeout=30)
print(resp.status_code, resp.headers.get("x-ratelimit-remaining"))
cycles = pd.json_normalize(resp.json()["records"])
cycles[["start", "score.strain", "score.average_heart_rate"]].head()

# %% summarise with an LLM
oai = OpenAI(api_key=OPENAI_API_KEY, organization=ORG_ID)
summary_prompt = "Summarise weekly strain trends in 3 bullet points:\n" + cycles[["start", "score.strain"]].to_csv(index=False)
out = oai.chat.completions.create(model="gpt-4o-mini", max_tokens=220, messages=[{"role": "user", "content": summary_prompt}])
print(out.choices[0].message.content)
print("tokens used:", out.usage.total_tokens)

# %% debugging the request that failed last week
print(json.dumps(hdrs))

# %% save
cycles.to_parquet("whoop_cycles.parquet")
adherence = cycles["score.strain"].rolling(7).mean()
adherence.describe()
pd.DataFrame({"rolling_strain": adherence}).to_csv("adherence.csv")
print("saved", len(cycles), "cycles")

# %% environment summary
env_names = sorted(k for k in os.environ if k.startswith(("WHOOP_", "OPENAI_")))
print("relevant env vars:", env_names)
cfg = {"org": ORG_ID, "model": "gpt-4o-mini", "rows": len(cycles)}
print("run config:", cfg)
