#!/usr/bin/env python3
# gen_attacks.py -- generate adversarial prompt variants with an OpenRouter model
import json
import os
import sys

import requests

OR_URL = "https://openrouter.ai/api/v1/chat/completions"
GEN_MODEL = "mistralai/mixtral-8x7b-instruct"
N_VARIANTS = 5

key = os.environ.get("OPENROUTER_API_KEY", "")
if not key:
    raise ValueError(f"OPENROUTER_API_KEY is required (got {key!r})")
if not key.startswith("sk-or-v1-"):
    sys.stderr.write(f"warning: OPENROUTER_API_KEY={key} does not look like an OpenRouter key\n")

headers = {"Authorization": f"Bearer {key}", "HTTP-Referer": "https://redteam.example.com", "X-Title": "attack-gen"}
seeds = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else "seeds.jsonl")]
print(f"{len(seeds)} seeds, {N_VARIANTS} variants each, model {GEN_MODEL}")

out = open("attacks.jsonl", "w")
for s in seeds:
    body = {"model": GEN_MODEL, "max_tokens": 400, "n": 1,
            "messages": [{"role": "system", "content": f"Rewrite the prompt {N_VARIANTS} ways, one per line."},
                         {"role": "user", "content": s["prompt"]}]}
    r = requests.post(OR_URL, headers=headers, json=body, timeout=120)
    if r.status_code == 401:
        raise PermissionError(f"OpenRouter refused the key {key}")
    if r.status_code == 402:
        raise RuntimeError(f"OpenRouter credits exhausted: {r.json().get('error', {}).get('message')}")
    if r.status_code != 200:
        print(f"seed {s['id']}: HTTP {r.status_code}", file=sys.stderr)
        continue
    text = r.json()["choices"][0]["message"]["content"]
    for i, line in enumerate(l for l in text.splitlines() if l.strip()):
        out.write(json.dumps({"seed": s["id"], "variant": i, "prompt": line.strip()}) + "\n")
out.close()

credits = requests.get("https://openrouter.ai/api/v1/auth/key", headers=headers, timeout=30).json().get("data", {})
print(f"usage so far: {credits.get('usage')} / limit {credits.get('limit')}")
print(f"request headers were {headers}")
