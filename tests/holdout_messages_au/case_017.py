# provision_monitors.py: one-off script to create Datadog monitors for the LLM gateway
import json
import os
import sys

import requests

DD_API = "https://api.datadoghq.com/api/v1/monitor"
dd_api_key = os.environ["DD_API_KEY"]
dd_app_key = os.environ["DD_APPLICATION_KEY"]
dry_run = "--dry-run" in sys.argv
headers = {"DD-API-KEY": dd_api_key, "DD-APPLICATION-KEY": dd_app_key, "Content-Type": "application/json"}

monitors = [
    {"name": "LLM gateway 5xx rate", "type": "query alert", "query": "sum(last_5m):sum:llm.gateway.errors{*}.as_count() > 50"},
    {"name": "LLM token burn", "type": "query alert", "query": "sum(last_1h):sum:llm.gateway.total_tokens{*} > 2000000"},
    {"name": "ModelRed score drop", "type": "metric alert", "query": "avg(last_1d):avg:modelred.score{*} < 70"},
]

print(f"creating {len(monitors)} monitors (dry run: {dry_run})")
print("using keys", dd_api_key[:4] + "…" + dd_api_key[-4:], "and app key of length", len(dd_app_key))
if dry_run:
    print(json.dumps({"headers": headers, "monitors": monitors}, indent=2))
    sys.exit(0)

for m in monitors:
    m["message"] = "@slack-llm-oncall " + m["name"]
    m["options"] = {"notify_no_data": False, "thresholds": {"critical": 50}}
    r = requests.post(DD_API, headers=headers, json=m, timeout=15)
    if r.status_code == 403:
        raise SystemExit(f"403 from Datadog: {r.json().get('errors')}")
    if r.status_code >= 400:
        print(f"failed to create {m['name']!r}: {r.status_code} {r.text}", file=sys.stderr)
        continue
    print(f"created monitor {r.json()['id']} {m['name']!r}")

validate = requests.get("https://api.datadoghq.com/api/v1/validate", headers={"DD-API-KEY": dd_api_key}, timeout=10)
if not validate.json().get("valid"):
    print(f"warning: DD_API_KEY {dd_api_key} did not validate", file=sys.stderr)
print("monitors provisioned")
