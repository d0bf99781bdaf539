# Exported from notebook: upload_eval_dataset.ipynb
# In[1]:
import json
import os
import getpass
from pathlib import Path

import requests

# In[2]:
DATASET = Path("data/redteam_prompts.jsonl")
hf_token = os.environ.get("HF_TOKEN") or getpass.getpass("HF token: ")
print("token length:", len(hf_token))
print("uploading", DATASET, "with token", hf_token)

# In[3]:
rows = [json.loads(line) for line in DATASET.read_text().splitlines() if line.strip()]
print(f"{len(rows)} rows, max_tokens per row: {max(r.get('max_tokens', 0) for r in rows)}")

# In[4]:
REPO = "acme-ml/redteam-prompts"
resp = requests.post(
    f"https://huggingface.co/api/datasets/{REPO}/upload/main",
    headers={"Authorization": f"Bearer {hf_token}"},
    files={"file": (DATASET.name, DATASET.read_bytes())},
    timeout=60,
)
print(resp.status_code, resp.text[:300])

# In[5]:
if resp.status_code == 401:
    raise RuntimeError("Hub rejected token " + hf_token)
elif resp.status_code >= 400:
    raise RuntimeError(f"upload failed: {resp.status_code}")

# In[6]:
meta = {"repo": REPO, "rows": len(rows), "token_set": bool(hf_token)}
print(json.dumps(meta, indent=2))

# In[7]:
card = f"""---
license: cc-by-4.0
---
# Red-team prompts
{len(rows)} prompts collected for ModelRed probe packs.
"""
Path("README_dataset.md").write_text(card)
print("wrote dataset card")
