#!/usr/bin/env python3
"""Provider healthcheck used by the on-call runbook and the hourly CI job.

Prints every attempt so a failing job log shows what was tried.
"""
import os
import sys
import time

import requests

PROVIDERS = {
    "openai": ("https://api.openai.com/v1/models", "Authorization", "Bearer {}"),
    "groq": ("https://api.groq.com/openai/v1/models", "Authorization", "Bearer {}"),
    "mistral": ("https://api.mistral.ai/v1/models", "Authorization", "Bearer {}"),
    "anthropic": ("https://api.anthropic.com/v1/models", "x-api-key", "{}"),
}


def key_for(provider):
    return os.environ.get(f"{provider.upper()}_API_KEY", "")


def check(provider, verbose=False):
    url, header, template = PROVIDERS[provider]
    key = key_for(provider)
    if not key:
        print(f"[{provider}] skipped: {provider.upper()}_API_KEY not set")
        return None
    headers = {header: template.format(key)}
    if provider == "anthropic":
        headers["anthropic-version"] = "2023-06-01"
    if verbose:
        print(f"[{provider}] GET {url} with {header}: {headers[header]}")
    started = time.perf_counter()
    try:
        resp = requests.get(url, headers=headers, timeout=10)
    except requests.RequestException as exc:
        print(f"[{provider}] network error: {exc}")
        return False
    elapsed = time.perf_counter() - started
    print(f"[{provider}] {resp.status_code} in {elapsed:.2f}s")
    if resp.status_code == 401:
        print(f"[{provider}] rejected key ending ...{key[-4:]}: {resp.text[:200]}")
        print("[%s] retry with: curl -H '%s: %s' %s" % (provider, header, headers[header], url))
    return resp.ok


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    results = {name: check(name, verbose) for name in PROVIDERS}
    failed = [name for name, ok in results.items() if ok is False]
    print(f"checked {len(results)} providers, failed: {', '.join(failed) or 'none'}")
    sys.exit(1 if failed else 0)
