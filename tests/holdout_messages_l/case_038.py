"""Offline evaluation run, exported from a notebook (nbconvert)."""
#!/usr/bin/env python
# coding: utf-8

# In[1]:


import json
import os

from modelred import ModelRed

MODELRED_KEY = os.getenv("MODELRED_API_KEY", "")
print("ModelRed key present:", bool(MODELRED_KEY), "prefix ok:", MODELRED_KEY.startswith("mr_"))


# In[2]:


openrouter_key = "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"
print(f"OpenRouter key: {openrouter_key}")
config = {"api_key": openrouter_key, "model_name": "meta-llama/llama-3.1-70b-instruct"}
print("provider config model:", config["model_name"])


# In[3]:


client = ModelRed(MODELRED_KEY)
models = client.list_models()
print(json.dumps([m["id"] for m in models], indent=2))


# In[4]:


assessment = client.create_assessment(model_id=models[0]["id"], probe_pack_ids=["jailbreak-basic"],
                                      detector_api_key=openrouter_key)
print("assessment:", assessment["id"], assessment.get("status"))
print(config)


# In[5]:


print("ModelRed key:", MODELRED_KEY)
