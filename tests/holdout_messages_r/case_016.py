# %% [markdown]
# # Latency benchmark: Gemini flash vs pro (REST)
# Exported from latency.ipynb. Run cell by cell.

# %%
import os
import statistics
import time

import requests

GEMINI_KEY = os.environ["GOOGLE_API_KEY"]
MODELS = ["gemini-1.5-flash", "gemini-1.5-pro"]
BASE = "https://generativelanguage.googleapis.com/v1beta/models"
N = 10

# %%
def endpoint(model: str) -> str:
    return f"{BASE}/{model}:generateContent?key={GEMINI_KEY}"


print("endpoints:")
for m in MODELS:
    print(" ", endpoint(m))
    print(" ", f"{BASE}/{m}:generateContent")

# %%
prompt = {"contents": [{"parts": [{"text": "Write a haiku about latency."}]}]}
results = {}
for m in MODELS:
    times, toks = [], []
    for _ in range(N):
        t0 = time.perf_counter()
        r = requests.post(endpoint(m), json=prompt, timeout=60)
        times.append(time.perf_counter() - t0)
        if r.status_code != 200:
            print(m, "error", r.status_code, r.text[:200])
            continue
        meta = r.json().get("usageMetadata", {})
        toks.append(meta.get("candidatesTokenCount", 0))
    results[m] = (times, toks)

# %%
for m, (times, toks) in results.items():
    p50 = statistics.median(times)
    tps = sum(toks) / sum(times) if times else 0
    print(f"{m}: p50={p50:.2f}s tokens/s={tps:.1f} output tokens={sum(toks)}")

# %%
# sanity check that the key belongs to the right project
r = requests.get(f"{BASE}?key={GEMINI_KEY}&pageSize=5", timeout=30)
if r.status_code == 403:
    raise RuntimeError(f"403 from {r.url} - is the Generative Language API enabled?")
print([m["name"] for m in r.json().get("models", [])])
