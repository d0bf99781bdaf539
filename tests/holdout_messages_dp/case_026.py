#!/usr/bin/env python
"""Probe every configured provider key and report which ones work."""
import os
import sys

import requests

PROVIDERS = {
    "openai": ("OPENAI_API_KEY", "https://api.openai.com/v1/models", "Authorization"),
    "anthropic": ("ANTHROPIC_API_KEY", "https://api.anthropic.com/v1/models", "x-api-key"),
    "xai": ("XAI_API_KEY", "https://api.x.ai/v1/models", "Authorization"),
    "openrouter": ("OPENROUTER_API_KEY", "https://openrouter.ai/api/v1/models", "Authorization"),
}

verbose = "-v" in sys.argv
results = {}

for name, (env_var, url, header) in PROVIDERS.items():
    value = os.environ.get(env_var)
    if not value:
        print(f"{name:<11} skipped ({env_var} not set)")
        continue
    auth = f"Bearer {value}" if header == "Authorization" else value
    headers = {header: auth, "anthropic-version": "2023-06-01"}
    if verbose:
        print(f"{name:<11} GET {url} headers={headers}")
    try:
        resp = requests.get(url, headers=headers, timeout=10)
    except requests.RequestException as err:
        print(f"{name:<11} network error: {err.__class__.__name__}")
        results[name] = "network"
        continue
    results[name] = resp.status_code
    print(f"{name:<11} {resp.status_code} {resp.reason}")
    if resp.status_code == 401:
        print(f"{name:<11} revoked key: {value}", file=sys.stderr)
    else:
        print(f"{name:<11} key ...{value[-4:]} ok")

bad = [n for n, s in results.items() if s != 200]
print("summary:", {n: s for n, s in results.items()})
if bad:
    raise SystemExit(f"{len(bad)} provider key(s) failed: {', '.join(bad)}")
print("all keys ok")
