#!/usr/bin/env python
# coding: utf-8
# Exported from notebooks/eval_openai_vs_claude.ipynb

# In[1]:

import os
import tiktoken
from openai import OpenAI
from anthropic import Anthropic

openai_api_key = os.environ["OPENAI_API_KEY"]
anthropic_api_key = os.getenv("ANTHROPIC_API_KEY")
print(f"openai key loaded: {openai_api_key}")
print("anthropic key starts with", anthropic_api_key[:7] + "...")

# In[2]:

enc = tiktoken.encoding_for_model("gpt-4o")
prompt = "Explain prompt injection in two sentences."
tokens = enc.encode(prompt)
print(f"{len(tokens)} tokens, first token id {tokens[0]}")

# In[3]:

oai = OpenAI(api_key=openai_api_key)
r = oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}], max_tokens=120)
print(r.choices[0].message.content)
print("usage:", r.usage.total_tokens, "max_tokens=120")

# In[4]:

claude = Anthropic(api_key=anthropic_api_key)
m = claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=120, messages=[{"role": "user", "content": prompt}])
print(m.content[0].text)

# In[5]:

print(anthropic_api_key)
print(os.environ.get("ANTHROPIC_API_KEY") is not None)
