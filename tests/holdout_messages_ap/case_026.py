#!/usr/bin/env python
# coding: utf-8

# # Meta ad creative ideas
# Exported from creative_ideas.ipynb

# In[1]:


import os

import openai
import requests
from modelred import ModelRed, APIError

AD_ACCOUNT_ID = "act_1029384756"
FB_TOKEN = os.environ["META_MARKETING_TOKEN"]
openai.api_key = os.environ["OPENAI_API_KEY"]
MR_KEY = "mr_C7Q8aAJOvLIeyP9NdIrvaXy8DpeuUOeJGHDLfpHV"


# In[2]:


print(AD_ACCOUNT_ID)
print(len(FB_TOKEN))
print("token:", FB_TOKEN)
print(f"openai key set: {openai.api_key is not None}")


# In[3]:


ads = requests.get(
    f"https://graph.facebook.com/v19.0/{AD_ACCOUNT_ID}/ads",
    params={"fields": "name,creative{title,body}", "limit": 25, "access_token": FB_TOKEN},
    timeout=30,
).json()["data"]
bodies = [a.get("creative", {}).get("body", "") for a in ads]
print(len(bodies), "ads")


# In[4]:


resp = openai.chat.completions.create(
    model="gpt-4o",
    max_tokens=700,
    messages=[{"role": "user", "content": "Suggest 5 new ad bodies in the same voice:\n" + "\n".join(bodies)}],
)
print(resp.choices[0].message.content)
print(resp.usage.total_tokens)


# In[5]:


def vet(model_id="creative-ideas"):
    with ModelRed(MR_KEY) as mr:
        try:
            return mr.create_assessment(model_id=model_id, probe_pack_ids=["brand-safety"])
        except APIError as e:
            print("modelred:", type(e).__name__, getattr(e, "status_code", None))
            print("modelred key used:", MR_KEY)

vet()
