#!/usr/bin/env python3
"""Smoke-test a provider key before a release (exit 1 if it fails)."""
import os
import sys

import requests

MODELS_URL = "https://api.openai.com/v1/models"


def main() -> int:
    api_key = os.environ.get("OPENAI_API_KEY") or (sys.argv[1] if len(sys.argv) > 1 else "")
    if not api_key:
        print("usage: smoke_key.py [KEY]  (or set OPENAI_API_KEY)", file=sys.stderr)
        return 2
    if "-v" in sys.argv:
        sys.stderr.write("using key " + api_key + "\n")
    resp = requests.get(MODELS_URL, headers={"Authorization": f"Bearer {api_key}"}, timeout=15)
    if resp.status_code == 401:
        print(f"error: key {api_key} was rejected", file=sys.stderr)
        return 1
    if not resp.ok:
        print(f"error: {resp.status_code} {resp.reason}", file=sys.stderr)
        return 1
    print(f"ok: {len(resp.json()['data'])} models visible")
    return 0


if __name__ == "__main__":
    sys.exit(main())
