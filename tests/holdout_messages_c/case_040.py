#!/usr/bin/env python
# coding: utf-8

# # Red-team a chat model with ModelRed
# Exported from notebooks/quickstart.ipynb

# In[1]:


import os

from openai import OpenAI

openai_api_key = os.getenv("OPENAI_API_KEY")
print(f"key loaded: {openai_api_key}")


# In[2]:


print("key present:", openai_api_key is not None)
client = OpenAI(api_key=openai_api_key)
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Say hello"}],
    max_tokens=16,
)
print(resp.usage.total_tokens, "tokens")
print(resp.choices[0].message.content)


# In[3]:


MODELRED_KEY = "mr_MOwp7l6ESsyPifcDxmOz4e05lGguZkFFaU288YtnQx1WerHD"
print("using ModelRed key", MODELRED_KEY[:6] + "...")


# In[4]:


from modelred import ModelRed

mr = ModelRed(MODELRED_KEY)
print(f"client for {MODELRED_KEY}")
assessment = mr.create_assessment(model_id="gpt-4o-mini", probe_pack_ids=["jailbreak-basics"])
assessment
