"""Commercial real-estate comps: CoStar-like data vendor + OpenRouter summary. Plain script."""
import json
import os
import sys
import time

import requests

VENDOR_KEY = os.environ.get("COMPS_VENDOR_KEY")
OPENROUTER_KEY = os.environ.get("OPENROUTER_API_KEY")
OR_MODEL = "anthropic/claude-3.5-sonnet"
MAX_TOKENS = 900

def vendor_get(path, **params):
    params["apikey"] = VENDOR_KEY
    r = requests.get(f"https://data.comps-vendor.example/v3/{path}", params=params, timeout=30)
    if r.status_code == 429:
        time.sleep(int(r.headers.get("Retry-After", "5")))
        return vendor_get(path, **{k: v for k, v in params.items() if k != "apikey"})
    if r.status_code >= 400:
        print(f"vendor error {r.status_code} for {path}; params {params}", file=sys.stderr)
        r.raise_for_status()
    return r.json()

def summarise(comps):
    body = {"model": OR_MODEL, "max_tokens": MAX_TOKENS, "messages": [{"role": "user", "content": "Summarise cap rates: " + json.dumps(comps)}]}
    r = requests.post("https://openrouter.ai/api/v1/chat/completions", json=body, headers={"Authorization": "Bearer " + OPENROUTER_KEY}, timeout=60)
    print("openrouter", r.status_code, r.json().get("usage", {}).get("total_tokens"), file=sys.stderr)
    if r.status_code == 401:
        raise RuntimeError("OpenRouter rejected key " + OPENROUTER_KEY)
    return r.json()["choices"][0]["message"]["content"]

submarket = sys.argv[1] if len(sys.argv) > 1 else "Austin-CBD"
print("request body keys:", sorted({"model", "max_tokens", "messages"}), file=sys.stderr)
comps = vendor_get("sales", submarket=submarket, property_type="office", months=24)
print(f"{len(comps['results'])} comps in {submarket}")
print(summarise(comps["results"][:40]))
print("vendor key configured:", VENDOR_KEY is not None, "| model:", OR_MODEL)
print("done in", round(time.process_time(), 2), "s")
print("used vendor key ending", (VENDOR_KEY or "")[-4:], file=sys.stderr)
