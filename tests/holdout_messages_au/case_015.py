"""GitHub Action entrypoint (Docker action): label PRs with an LLM and record usage in Datadog."""
import os
import sys

import requests
from anthropic import Anthropic

inputs = {k[len("INPUT_"):].lower(): v for k, v in os.environ.items() if k.startswith("INPUT_")}
anthropic_key = inputs.get("anthropic-api-key", "")
github_token = inputs.get("github-token") or os.environ.get("GITHUB_TOKEN", "")
dd_api_key = inputs.get("datadog-api-key", "")
labels_allowed = [s.strip() for s in inputs.get("labels", "bug,feature,docs").split(",")]

public_inputs = {k: v for k, v in inputs.items() if not k.endswith(("-key", "-token"))}
print(f"inputs: {public_inputs}")
print(f"datadog enabled: {bool(dd_api_key)}")
if not anthropic_key.startswith("sk-ant-"):
    print(f"::error::anthropic-api-key input is malformed: {anthropic_key}")
    sys.exit(1)

repo = os.environ["GITHUB_REPOSITORY"]
pr = int(os.environ["PR_NUMBER"])
gh = requests.Session()
gh.headers.update({"Authorization": f"Bearer {github_token}", "Accept": "application/vnd.github+json"})
title = gh.get(f"https://api.github.com/repos/{repo}/pulls/{pr}", timeout=10).json()["title"]

client = Anthropic(api_key=anthropic_key)
msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=20, messages=[{"role": "user", "content": f"One label from {labels_allowed} for: {title}"}])
label = msg.content[0].text.strip().lower()
print(f"label={label} input_tokens={msg.usage.input_tokens} output_tokens={msg.usage.output_tokens}")

if label in labels_allowed:
    r = gh.post(f"https://api.github.com/repos/{repo}/issues/{pr}/labels", json={"labels": [label]}, timeout=10)
    print(f"add label -> {r.status_code}")
if dd_api_key:
    series = {"series": [{"metric": "pr_labeler.tokens", "points": [[0, msg.usage.output_tokens]], "tags": [f"repo:{repo}"]}]}
    d = requests.post("https://api.datadoghq.com/api/v1/series", json=series, headers={"DD-API-KEY": dd_api_key}, timeout=10)
    if d.status_code == 403:
        print(f"::warning::Datadog refused DD-API-KEY {dd_api_key}")
print(f"session headers: {dict(gh.headers)}", file=sys.stderr)
