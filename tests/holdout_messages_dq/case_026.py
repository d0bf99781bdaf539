#!/usr/bin/env python3
"""llmkeys: a tiny helper to check and store provider keys (match on argv)."""

import json
import os
import sys

import httpx
import keyring

PROVIDERS = ("groq", "together", "fireworks")
ENDPOINTS = {
    "groq": "https://api.groq.com/openai/v1/models",
    "together": "https://api.together.xyz/v1/models",
    "fireworks": "https://api.fireworks.ai/inference/v1/models",
}
KEYS = {p: os.getenv(f"{p.upper()}_API_KEY") or keyring.get_password("llmkeys", p) or "" for p in PROVIDERS}

if os.getenv("LLMKEYS_DEBUG"):
    print("keys:", KEYS, file=sys.stderr)

match sys.argv[1:]:
    case ["status"]:
        print(json.dumps({p: ("set" if k else "unset") for p, k in KEYS.items()}, indent=2))
    case ["ping", provider] if provider in KEYS:
        if not (key := KEYS[provider]):
            print(f"{provider}: no key ({key!r})")
            sys.exit(1)
        r = httpx.get(ENDPOINTS[provider], headers={"Authorization": f"Bearer {key}"}, timeout=10)
        print(f"{provider}: HTTP {r.status_code}, {len(r.json().get('data', []))} models")
    case ["set", provider, new_key] if provider in PROVIDERS:
        keyring.set_password("llmkeys", provider, new_key)
        print(f"stored {provider} key {new_key} in the keyring")
    case ["set", provider, _]:
        print(f"unknown provider {provider!r}; choose from {', '.join(PROVIDERS)}", file=sys.stderr)
        sys.exit(2)
    case ["env"]:
        for p in PROVIDERS:
            state = "set" if KEYS[p] else "missing"
            print(f"{p.upper()}_API_KEY: {state}")
    case [cmd, *_]:
        sys.exit(f"unknown command {cmd!r}")
    case []:
        sys.exit("usage: llmkeys status | ping PROVIDER | set PROVIDER KEY | env")
