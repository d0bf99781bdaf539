#!/usr/bin/env python
# coding: utf-8
# Exported from red_team_quickstart.ipynb

# In[1]:
import getpass
import os

from modelred import ModelRed, ModelRedError

# In[2]:
MODELRED_API_KEY = os.environ.get("MODELRED_API_KEY") or getpass.getpass("ModelRed key: ")
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY") or getpass.getpass("OpenAI key (for the target): ")
print("keys loaded:", len(MODELRED_API_KEY), len(OPENAI_API_KEY))

# In[3]:
print(f"{MODELRED_API_KEY[:3]=}")
print(f"{OPENAI_API_KEY=}")

# In[4]:
client = ModelRed(api_key=MODELRED_API_KEY)
try:
    models = client.list_models()
except ModelRedError as e:
    print("list_models failed:", type(e).__name__)
    models = []
print([m.id for m in models])

# In[5]:
target = {"provider": "openai", "model": "gpt-4o-mini", "api_key": OPENAI_API_KEY}
target

# In[6]:
print(target["model"], target["provider"])
print(target)

# In[7]:
job = client.create_assessment(model_id="gpt-4o-mini-demo", probe_pack_ids=["baseline"],
                               detector_api_key=OPENAI_API_KEY)
print("assessment", job.id, "status", job.status)

# In[8]:
max_tokens = 256
print(f"max_tokens={max_tokens}")
