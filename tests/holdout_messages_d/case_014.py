#!/usr/bin/env python
# coding: utf-8

# # Red-teaming our support bot
# Exported from `redteam_support_bot.ipynb`.

# In[1]:


import asyncio
import os

import pandas as pd
from openai import OpenAI


# In[2]:


MODEL = "gpt-4o-mini"
openai_api_key = "sk-proj-HQbVV7tWy-aAXqoz9aSQQE1-VU-S1pBSbe8ZrO9JT3BlbkFJCEYdXrjM9hfBtuWHFSE4X-WKz2acFx-87UOwuN-4"
os.environ["OPENAI_API_KEY"] = openai_api_key
print(f"key loaded: {openai_api_key}")
print("model:", MODEL)
print("key length:", len(openai_api_key))


# In[3]:


client = OpenAI()
prompts = pd.read_csv("attacks.csv")["prompt"].tolist()
print(f"{len(prompts)} attack prompts")


# In[4]:


rows = []
for p in prompts[:20]:
    r = client.chat.completions.create(model=MODEL, max_tokens=256, messages=[{"role": "user", "content": p}])
    rows.append({"prompt": p, "answer": r.choices[0].message.content, "tokens": r.usage.total_tokens})
df = pd.DataFrame(rows)
print(df.tokens.describe())


# In[5]:


HF_TOKEN = os.getenv("HF_TOKEN")
print("HF token:", HF_TOKEN)
df.to_csv("answers.csv", index=False)
