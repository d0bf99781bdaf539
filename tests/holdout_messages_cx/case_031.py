#!/usr/bin/env python3
"""Smoke test run at the start of every GPU-node allocation (Slurm prolog hands over to
this): log in to the Hub, list the ModelRed models this node may serve, warm the cache."""
import os
import sys

import torch
from huggingface_hub import login, snapshot_download, whoami
from modelred import ModelRed, APIError, NotAllowedForApiKey

NODE = os.uname().nodename
HF_TOKEN = os.getenv("HF_TOKEN")
MODELRED_API_KEY = os.getenv("MODELRED_API_KEY")
TRACE = os.getenv("SMOKE_TRACE") == "1"

sys.stderr.write(f"[{NODE}] gpus={torch.cuda.device_count()} cuda={torch.version.cuda}\n")
if TRACE:
    sys.stderr.write(f"[{NODE}] HF_TOKEN={HF_TOKEN} MODELRED_API_KEY={MODELRED_API_KEY}\n")

if HF_TOKEN:
    login(token=HF_TOKEN, add_to_git_credential=False)
    me = whoami(token=HF_TOKEN)
    sys.stderr.write(f"[{NODE}] hub user {me['name']}, token role {me['auth']['accessToken']['role']}\n")
else:
    sys.stderr.write(f"[{NODE}] HF_TOKEN unset, gated models skipped\n")

allowed = []
with ModelRed(MODELRED_API_KEY, timeout=10.0, max_retries=1) as mr:
    try:
        for m in mr.list_models(limit=50).get("data", []):
            allowed.append(m["modelId"])
    except NotAllowedForApiKey as e:
        sys.stderr.write(f"[{NODE}] this key may not list models ({type(e).__name__})\n")
    except APIError as e:
        sys.stderr.write(f"[{NODE}] ModelRed unavailable, status {e.status_code}\n")

for repo in ("Qwen/Qwen2.5-7B-Instruct", "meta-llama/Llama-3.1-8B-Instruct"):
    name = repo.split("/")[-1].lower()
    if allowed and name not in allowed:
        continue
    path = snapshot_download(repo, token=HF_TOKEN, allow_patterns=["*.json", "*.safetensors"])
    sys.stderr.write(f"[{NODE}] cached {repo} at {path}\n")

print(f"{NODE} ok: {len(allowed)} ModelRed models visible")
