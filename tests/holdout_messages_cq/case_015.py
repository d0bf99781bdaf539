# Exported from a notebook: "donor_segmentation.ipynb"
# coding: utf-8

import os
import json
import getpass

import pandas as pd
from openai import OpenAI

# In[1]:
openai_api_key = os.environ.get("OPENAI_API_KEY") or getpass.getpass("OpenAI key: ")
print(f"key loaded: {openai_api_key}")
print("key loaded:", bool(openai_api_key))

# In[2]:
donors = pd.read_csv("donors_2024.csv")
print(donors.shape)
donors["gift_band"] = pd.cut(donors["total_given"], [0, 100, 1000, 10000, 1e9], labels=["small", "mid", "major", "leadership"])
donors.groupby("gift_band").size()

# In[3]:
client = OpenAI(api_key=openai_api_key)
max_tokens = 400
print("max tokens per persona:", max_tokens)

# In[4]:
personas = {}
for band, group in donors.groupby("gift_band"):
    sample = group.sample(min(len(group), 20), random_state=1)[["age", "zip", "first_gift_year"]].to_dict("records")
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": f"Describe a donor persona for band {band}: {json.dumps(sample)}"}],
    )
    personas[band] = out.choices[0].message.content
    print(band, out.usage.completion_tokens, "completion tokens")

# In[5]:
hf_token = os.environ.get("HF_TOKEN")
if hf_token is None:
    raise RuntimeError("HF_TOKEN missing; set it before the upload cell")

# In[6]:
from huggingface_hub import HfApi
api = HfApi(token=hf_token)
api.upload_file(path_or_fileobj=json.dumps(personas).encode(), path_in_repo="personas.json", repo_id="riverbend/personas", repo_type="dataset")
print("uploaded with", hf_token)

# In[7]:
with open("personas.json", "w") as fh:
    json.dump(personas, fh, indent=2)
print("saved", len(personas), "personas")
