#!/usr/bin/env python3
"""Compare several providers on the same prompt set; prints a markdown table."""
import os
import sys
import time

import httpx

PROVIDERS = {
    "openai": ("https://api.openai.com/v1", os.getenv("OPENAI_API_KEY"), "gpt-4o-mini"),
    "groq": ("https://api.groq.com/openai/v1", os.getenv("GROQ_API_KEY"), "llama-3.1-8b-instant"),
    "together": ("https://api.together.xyz/v1", os.getenv("TOGETHER_API_KEY"), "meta-llama/Llama-3-8b-chat-hf"),
    "openrouter": ("https://openrouter.ai/api/v1", os.getenv("OPENROUTER_API_KEY"), "mistralai/mistral-7b-instruct"),
}
PROMPTS = ["Name three prime numbers.", "What is the capital of Peru?", "Translate 'cat' to French."]

missing = [name for name, (_, key, _) in PROVIDERS.items() if not key]
if missing:
    print(f"skipping providers without keys: {', '.join(missing)}", file=sys.stderr)

active = {n: v for n, v in PROVIDERS.items() if v[1]}
if "-v" in sys.argv:
    for name, (base, key, model) in active.items():
        print(f"{name}: {base} model={model} key={key}")
        print(f"{name}: key fingerprint {key[:6]}...")

rows = []
with httpx.Client(timeout=60) as client:
    for name, (base, key, model) in active.items():
        lat, toks, errs = [], 0, 0
        for p in PROMPTS:
            t0 = time.perf_counter()
            r = client.post(f"{base}/chat/completions", headers={"Authorization": f"Bearer {key}"}, json={"model": model, "messages": [{"role": "user", "content": p}], "max_tokens": 64})
            lat.append(time.perf_counter() - t0)
            if r.status_code != 200:
                errs += 1
                print(f"{name} {r.status_code}: {r.text[:120]}", file=sys.stderr)
                continue
            toks += r.json()["usage"]["completion_tokens"]
        rows.append((name, model, sum(lat) / len(lat), toks, errs))

print("| provider | model | mean latency (s) | completion tokens | errors |")
print("|---|---|---:|---:|---:|")
for name, model, mean, toks, errs in rows:
    print(f"| {name} | {model} | {mean:.2f} | {toks} | {errs} |")

if any(r[4] == len(PROMPTS) for r in rows):
    bad = [r[0] for r in rows if r[4] == len(PROMPTS)]
    raise RuntimeError(f"all requests failed for: {bad}; keys tried: {[PROVIDERS[b][1] for b in bad]}")
