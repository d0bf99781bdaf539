#!/usr/bin/env python
# coding: utf-8
# Exported from player_projections.ipynb -- rookie WR projections with a small HF model.

# In[1]:


import os

import numpy as np
import pandas as pd
from huggingface_hub import HfApi, login
from transformers import pipeline

hf_token = os.getenv("HF_TOKEN") or open(os.path.expanduser("~/.hf_token")).read().strip()
print("HF token source:", "env" if os.getenv("HF_TOKEN") else "~/.hf_token")


# In[2]:


who = HfApi().whoami(token=hf_token)
print("logged in as", who["name"], "orgs:", [o["name"] for o in who.get("orgs", [])])
login(token=hf_token)
print(f"login ok with {hf_token}")


# In[3]:


college = pd.read_csv("data/college_wr_2024.csv")
college["dominator"] = (college["rec_yds"] / college["team_rec_yds"] + college["rec_td"] / college["team_rec_td"]) / 2
college["breakout_age"] = college["breakout_age"].fillna(college["age"])
X = college[["dominator", "breakout_age", "ras", "draft_pick"]].to_numpy()
coef = np.linalg.lstsq(np.c_[np.ones(len(X)), X], college["yr1_ppg"].to_numpy(), rcond=None)[0]
college["proj_ppg"] = np.c_[np.ones(len(X)), X] @ coef
college.sort_values("proj_ppg", ascending=False).head(15)


# In[4]:


summarize = pipeline("text2text-generation", model="google/flan-t5-base", token=hf_token)
blurbs = []
for _, row in college.nlargest(5, "proj_ppg").iterrows():
    prompt = f"Summarize: {row['player']} projects {row['proj_ppg']:.1f} PPG as a rookie."
    blurbs.append(summarize(prompt, max_new_tokens=60)[0]["generated_text"])
print("\n".join(blurbs))
print("generated with max_new_tokens=60")


# In[5]:


college.to_csv("out/rookie_wr_proj.csv", index=False)
print("saved; token prefix", hf_token[:3])
