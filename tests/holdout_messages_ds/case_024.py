"""Hourly healthcheck (cron on the CI runner host): Azure OpenAI, Cohere and ModelRed.

Output goes to the cron mail and to /var/log/llm-health.log.
"""
import json
import os
import sys
from datetime import datetime, timezone

import requests
from modelred import ModelRed, ModelRedError

AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://contoso-ci.openai.azure.com")
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini")
AZURE_API_VERSION = "2024-06-01"


def azure_check(verbose):
    headers = {"api-key": os.environ["AZURE_OPENAI_API_KEY"], "Content-Type": "application/json"}
    url = f"{AZURE_ENDPOINT}/openai/deployments/{AZURE_DEPLOYMENT}/chat/completions?api-version={AZURE_API_VERSION}"
    if verbose:
        print("azure request headers:", headers)
        print("azure request headers (safe):", {k: v for k, v in headers.items() if k != "api-key"})
    resp = requests.post(url, headers=headers, json={"messages": [{"role": "user", "content": "ping"}], "max_tokens": 1}, timeout=10)
    print(f"azure {AZURE_DEPLOYMENT} at {AZURE_ENDPOINT} ({AZURE_API_VERSION}): {resp.status_code}")
    return resp.ok


def cohere_check():
    cohere_api_key = os.environ.get("COHERE_API_KEY")
    resp = requests.get("https://api.cohere.com/v1/check-api-key", headers={"Authorization": f"Bearer {cohere_api_key}"}, timeout=10)
    valid = resp.ok and resp.json().get("valid", False)
    print(f"cohere key valid: {valid} (status {resp.status_code})")
    return valid


def modelred_check():
    try:
        client = ModelRed(api_key=os.environ.get("MODELRED_API_KEY"))
        probes = client.list_probes()
        return {"ok": True, "probes": len(probes)}
    except ModelRedError as exc:
        return {"ok": False, "reason": repr(exc)}


if __name__ == "__main__":
    verbose = os.environ.get("HEALTH_VERBOSE") == "1"
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    results = {"azure": azure_check(verbose), "cohere": cohere_check(), "modelred": modelred_check()}
    healthy = {name: (r if isinstance(r, bool) else r["ok"]) for name, r in results.items()}
    print(f"{stamp} health: {healthy}")
    with open("/var/log/llm-health.log", "a") as log_file:
        log_file.write(json.dumps({"at": stamp, **results}) + "\n")
    sys.exit(0 if all(healthy.values()) else 1)
