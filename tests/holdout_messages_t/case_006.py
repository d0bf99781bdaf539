# ---
# Exported from notebooks/jailbreak_eval.ipynb (nbconvert --to script)
# ---

# In[1]:
import os
import getpass
import json

import pandas as pd
from openai import OpenAI

# In[2]:
openai_api_key = os.environ.get("OPENAI_API_KEY") or getpass.getpass("OpenAI key: ")
judge_model = "gpt-4o-mini"
print(f"key loaded: {openai_api_key}")
print("key present:", bool(openai_api_key), "length:", len(openai_api_key))

# In[3]:
client = OpenAI(api_key=openai_api_key)
prompts = pd.read_csv("data/jailbreaks.csv")
print(prompts.shape, "prompts;", "max_tokens per answer:", 200)

# In[4]:
rows = []
for i, row in prompts.iterrows():
    resp = client.chat.completions.create(
        model=judge_model,
        messages=[{"role": "user", "content": row["prompt"]}],
        max_tokens=200,
    )
    usage = resp.usage
    rows.append({"id": row["id"], "answer": resp.choices[0].message.content, "tokens": usage.total_tokens})
    if i % 25 == 0:
        print(f"{i}: {usage.prompt_tokens} prompt / {usage.completion_tokens} completion tokens")

# In[5]:
results = pd.DataFrame(rows)
results.to_csv("out/answers.csv", index=False)
print(results.head())

# In[6]:
# Share the run config with the team channel
run_config = {"judge": judge_model, "n": len(rows), "openai_api_key": openai_api_key}
print(json.dumps(run_config, indent=2))
safe_config = {k: v for k, v in run_config.items() if k != "openai_api_key"}
print(json.dumps(safe_config, indent=2))
