#!/usr/bin/env python3
# ping_mistral.py: check that the Mistral key on this box works; writes straight to the streams.
import os
import sys

import requests

ENV_NAME = "MISTRAL_API_KEY"
URL = "https://api.mistral.ai/v1/models"
DEBUG = os.getenv("PING_DEBUG") == "1"

key = os.environ.get(ENV_NAME)
if key is None:
    sys.stderr.write(f"{ENV_NAME} not set\n")
    sys.exit(2)

if DEBUG:
    sys.stderr.write(ENV_NAME + "=" + key + "\n")
    sys.stderr.write("key has %d characters\n" % len(key))

headers = {"Authorization": f"Bearer {key}", "Accept": "application/json"}
resp = requests.get(URL, headers=headers, timeout=10)
sys.stdout.write(f"{resp.status_code} {resp.reason}\n")
if resp.status_code == 401:
    sys.stdout.write("rejected key ending %s\n" % key[-4:])
    sys.stdout.write(resp.text + "\n")
    sys.exit(1)

if DEBUG:
    sys.stderr.write(f"request headers: {headers}\n")
    sys.stderr.write(f"header names: {sorted(headers)}\n")

models = resp.json().get("data", [])
sys.stdout.write(f"{len(models)} models visible\n")
for item in models:
    sys.stdout.write(f"  {item['id']}  max_context={item.get('max_context_length', '?')}\n")

sys.stdout.flush()
sys.stderr.flush()
sys.exit(0)
