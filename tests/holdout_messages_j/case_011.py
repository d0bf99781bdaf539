#!/usr/bin/env python3
"""Smoke test for an OpenRouter key, run from CI before the nightly evals."""
import json
import os
import sys
import urllib.error
import urllib.request

OPENROUTER_ENV = "OPENROUTER_API_KEY"


def main() -> int:
    api_key = os.environ.get(OPENROUTER_ENV, "")
    if not api_key:
        print(f"error: {OPENROUTER_ENV} is empty", file=sys.stderr)
        return 2
    if not api_key.startswith("sk-or-v1-"):
        print("error: " + OPENROUTER_ENV + " does not look like an OpenRouter key: " + api_key, file=sys.stderr)
        return 2
    req = urllib.request.Request(
        "https://openrouter.ai/api/v1/auth/key",
        headers={"Authorization": f"Bearer {api_key}"},
    )
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            info = json.load(resp)["data"]
    except urllib.error.HTTPError as exc:
        print(f"error: OpenRouter answered {exc.code} {exc.reason}", file=sys.stderr)
        return 1
    print(json.dumps({"label": info.get("label"), "usage": info.get("usage"), "limit": info.get("limit")}, indent=2))
    remaining = (info.get("limit") or 0) - (info.get("usage") or 0)
    sys.stderr.write(f"remaining credit: {remaining:.2f}\n")
    if info.get("is_free_tier"):
        sys.stderr.write("warning: key %s is on the free tier\n" % api_key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
