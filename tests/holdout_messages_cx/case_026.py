#!/usr/bin/env python
# coding: utf-8
# Exported from sweep_summary.ipynb; run by papermill for every parameter point:
#   papermill sweep_summary.ipynb out/$POINT.ipynb -p alpha 0.3 -p openai_api_key "$OPENAI_API_KEY"

# In[1]:


import os

# Parameters
alpha = 0.1
beta = 2.0
n_steps = 20000
run_dir = "runs/default"
openai_api_key = os.environ.get("OPENAI_API_KEY", "")
max_tokens = 300


# In[2]:


import json
from pathlib import Path

import numpy as np
from openai import OpenAI

if not openai_api_key:
    raise ValueError(f"pass -p openai_api_key; got {openai_api_key!r}")

print("parameters:", {"alpha": alpha, "beta": beta, "n_steps": n_steps, "max_tokens": max_tokens})
print("papermill parameters:", {"alpha": alpha, "run_dir": run_dir, "openai_api_key": openai_api_key})


# In[3]:


traj = np.load(Path(run_dir) / "trajectory.npy")
energy = traj[:, -1]
stats = {"final_E": float(energy[-1]), "min_E": float(energy.min()), "accept_rate": float(traj[:, 0].mean())}
print(json.dumps(stats, indent=2))


# In[4]:


client = OpenAI(api_key=openai_api_key)
r = client.chat.completions.create(
    model="gpt-4o-mini", max_tokens=max_tokens,
    messages=[{"role": "user", "content": f"Monte Carlo run alpha={alpha}, beta={beta}: {stats}. Summarise convergence."}],
)
summary = r.choices[0].message.content
print(summary)
print("usage", r.usage.prompt_tokens, r.usage.completion_tokens)


# In[5]:


(Path(run_dir) / "summary.md").write_text(summary)
