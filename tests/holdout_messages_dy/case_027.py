# perplexity_search.py - exported from the research notebook, runs top to bottom.
import json
import os
import time

import requests
from dotenv import load_dotenv

load_dotenv()

PPLX_KEY_VAR = "PERPLEXITY_API_KEY"
pplx_key = os.getenv(PPLX_KEY_VAR)
base_url = os.getenv("PERPLEXITY_BASE_URL", "https://api.perplexity.ai")
model = "sonar-pro"
max_tokens = 700

print(f"{PPLX_KEY_VAR} loaded: {pplx_key is not None}")
print(f"key loaded: {pplx_key}")
print(f"base_url={base_url} model={model} max_tokens={max_tokens}")

if pplx_key is None:
    raise RuntimeError(f"{PPLX_KEY_VAR} missing from .env")
if not pplx_key.startswith("pplx-"):
    raise RuntimeError("that is not a Perplexity key: " + pplx_key)

headers = {"Authorization": "Bearer " + pplx_key, "Content-Type": "application/json"}
questions = [
    "What changed in the EU AI Act timeline in 2025?",
    "Summarise recent papers on prompt injection defences.",
]

results = []
for q in questions:
    payload = {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": q}]}
    for attempt in range(4):
        r = requests.post(f"{base_url}/chat/completions", headers=headers, json=payload, timeout=90)
        if r.status_code != 429:
            break
        print("rate limited, waiting", 2 ** attempt, "s")
        time.sleep(2 ** attempt)
    if not r.ok:
        print("request failed:", r.status_code, r.text[:300])
        continue
    out = r.json()
    results.append({"q": q, "answer": out["choices"][0]["message"]["content"], "citations": out.get("citations", [])})
    print(q, "->", out["usage"]["total_tokens"], "tokens")

with open("perplexity_results.json", "w") as fh:
    json.dump(results, fh, indent=2)
print("wrote", len(results), "answers; request headers were", headers)
