# quick script: check which LLM keys in the firm's shared .env still work (run by IT)
import os
import sys

import requests
from dotenv import dotenv_values

ENV_FILE = sys.argv[1] if len(sys.argv) > 1 else "/srv/legal-ai/.env"
CHECKS = {
    "OPENAI_API_KEY": ("https://api.openai.com/v1/models", lambda k: {"Authorization": f"Bearer {k}"}),
    "ANTHROPIC_API_KEY": ("https://api.anthropic.com/v1/models", lambda k: {"x-api-key": k, "anthropic-version": "2023-06-01"}),
    "MISTRAL_API_KEY": ("https://api.mistral.ai/v1/models", lambda k: {"Authorization": f"Bearer {k}"}),
}

values = dotenv_values(ENV_FILE)
print(f"{ENV_FILE}: {len(values)} entries, checking {', '.join(CHECKS)}")

mistral_key = values.get("MISTRAL_API_KEY") or ""
if mistral_key != mistral_key.strip():
    raise ValueError(f"MISTRAL_API_KEY in {ENV_FILE} has stray whitespace: {mistral_key!r}")
print(f"MISTRAL_API_KEY length {len(mistral_key)}")

dead = []
for var, (url, make_headers) in CHECKS.items():
    api_key = values.get(var)
    if not api_key:
        print(f"{var}: missing")
        continue
    r = requests.get(url, headers=make_headers(api_key), timeout=15)
    if r.status_code == 200:
        print(f"{var}: ok (...{api_key[-4:]})")
    else:
        print(f"{var}: HTTP {r.status_code} {r.reason}")
        print(f"  dead key value: {api_key}", file=sys.stderr)
        dead.append(var)

if dead:
    print("dead keys:", ", ".join(dead))
    print("full env for ticket:", values)
    sys.exit(1)
print("all keys ok")
print(f"checked {len(CHECKS)} providers from {ENV_FILE}")
