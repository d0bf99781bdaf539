"""Grant application helper: drafts narrative sections from a foundation's RFP."""
import json
import os
import sys
from pathlib import Path

import requests

CONFIG = Path.home() / ".grantdraft" / "config.json"
cfg = json.loads(CONFIG.read_text()) if CONFIG.exists() else {}

OPENROUTER_KEY = cfg.get("openrouter_api_key") or os.environ.get("OPENROUTER_API_KEY", "")
MODEL = cfg.get("model", "anthropic/claude-3.5-sonnet")
ORG_NAME = cfg.get("org_name", "Riverside Food Bank")

print(f"grantdraft: org={ORG_NAME} model={MODEL}")
print(f"grantdraft: config keys {sorted(cfg)}")

if len(sys.argv) < 2:
    sys.exit("usage: grantdraft RFP.txt")

rfp = Path(sys.argv[1]).read_text()
headers = {"Authorization": f"Bearer {OPENROUTER_KEY}", "X-Title": "grantdraft"}
if "--debug" in sys.argv:
    print("request headers:", headers, file=sys.stderr)

payload = {
    "model": MODEL,
    "max_tokens": 1800,
    "messages": [
        {"role": "system", "content": f"You write grant narratives for {ORG_NAME}, a non-profit."},
        {"role": "user", "content": "Draft the statement of need for this RFP:\n" + rfp},
    ],
}
r = requests.post("https://openrouter.ai/api/v1/chat/completions", headers=headers, json=payload, timeout=120)
if r.status_code != 200:
    print(f"OpenRouter error {r.status_code}: {r.text[:300]}", file=sys.stderr)
    sys.exit(1)

data = r.json()
print(data["choices"][0]["message"]["content"])
print(f"[tokens used: {data['usage']['total_tokens']}]", file=sys.stderr)
print(f"[key source: {'config' if cfg.get('openrouter_api_key') else 'env'}]", file=sys.stderr)
if "--debug" in sys.argv:
    print(f"[debug] using OpenRouter key {OPENROUTER_KEY}", file=sys.stderr)
