#!/usr/bin/env python
# coding: utf-8
# Exported from eval_gpt4o_vs_claude.ipynb (jupyter nbconvert --to script)

# In[1]:
import os
import json
import time

import pandas as pd
from openai import OpenAI
from anthropic import Anthropic

# In[2]:
openai_api_key = os.environ["OPENAI_API_KEY"]
anthropic_api_key = os.getenv("ANTHROPIC_API_KEY")
print(f"{openai_api_key=}")
print("anthropic key set:", anthropic_api_key is not None)
print("openai key prefix:", openai_api_key[:7])

# In[3]:
oai = OpenAI(api_key=openai_api_key)
claude = Anthropic(api_key=anthropic_api_key)
df = pd.read_csv("data/eval_prompts.csv")
print(df.shape, df.columns.tolist())

# In[4]:
rows = []
for prompt in df["prompt"].head(50):
    t0 = time.time()
    r = oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}], max_tokens=256)
    rows.append({"model": "gpt-4o", "latency": time.time() - t0, "tokens": r.usage.total_tokens})
    print("gpt-4o tokens:", r.usage.total_tokens, "max_tokens=256")
    t0 = time.time()
    m = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=256, messages=[{"role": "user", "content": prompt}])
    rows.append({"model": "claude", "latency": time.time() - t0, "tokens": m.usage.output_tokens})

# In[5]:
results = pd.DataFrame(rows)
print(results.groupby("model").mean())

# In[6]:
# quick sanity check that the right keys got picked up before sharing the notebook
print("keys used:", json.dumps({"openai": openai_api_key, "anthropic": anthropic_api_key}))
print("keys used:", json.dumps({"openai": len(openai_api_key), "anthropic": len(anthropic_api_key or "")}))

# In[7]:
results.to_csv("out/latency.csv", index=False)
print("saved", len(results), "rows")
