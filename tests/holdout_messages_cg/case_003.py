"""Exported from lab notebook `2024-03-llm-abstract-screening.ipynb` (jupyter nbconvert --to script)."""
# coding: utf-8

# In[1]:


import os
import getpass
import pandas as pd
from anthropic import Anthropic


# In[2]:


ANTHROPIC_KEY_VAR = "ANTHROPIC_API_KEY"
anthropic_key = os.environ.get(ANTHROPIC_KEY_VAR) or getpass.getpass("Anthropic key: ")
print("reading key from", ANTHROPIC_KEY_VAR)
print("key:", anthropic_key)


# In[3]:


df = pd.read_csv("screening/abstracts_round2.csv")
df = df[df["include"].isna()].head(200)
print(df.shape)


# In[4]:


client = Anthropic(api_key=anthropic_key)
PROMPT = """You are screening abstracts for a systematic review on sleep and memory.
Answer INCLUDE or EXCLUDE and one sentence of reasoning.

Abstract:
{abstract}"""

decisions = []
for _, row in df.iterrows():
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=200,
        messages=[{"role": "user", "content": PROMPT.format(abstract=row["abstract"])}],
    )
    decisions.append(msg.content[0].text.strip())
    print(row["pmid"], msg.usage.input_tokens, msg.usage.output_tokens)


# In[5]:


df["llm_decision"] = decisions
df.to_csv("screening/abstracts_round2_llm.csv", index=False)
print(f"done, {len(decisions)} decisions; key fingerprint {anthropic_key[:4]}…")
