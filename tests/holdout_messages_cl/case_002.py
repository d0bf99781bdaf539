# warehouse pick-bot nightly replay script, run by cron on the WMS box
import json
import os
import sys

import anthropic
import requests

WMS_URL = os.environ.get("WMS_URL", "https://wms.internal.example/api")
wms_token = os.environ["WMS_SERVICE_TOKEN"]
claude_key = os.getenv("ANTHROPIC_API_KEY", "")

if not claude_key:
    sys.exit("ANTHROPIC_API_KEY is not set")

print(f"replaying pick exceptions from {WMS_URL}")
print("auth header: Bearer " + wms_token)

headers = {"Authorization": f"Bearer {wms_token}", "Accept": "application/json"}
resp = requests.get(f"{WMS_URL}/pick-exceptions?since=24h", headers=headers, timeout=30)
if resp.status_code != 200:
    print(f"WMS said {resp.status_code}: {resp.text[:200]}", file=sys.stderr)
    sys.exit(1)

exceptions = resp.json()["items"]
client = anthropic.Anthropic(api_key=claude_key)

summary_lines = []
for exc in exceptions:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=200,
        messages=[{
            "role": "user",
            "content": "Explain this pick exception to a shift lead in one line:\n" + json.dumps(exc),
        }],
    )
    summary_lines.append(f"{exc['bin']} {exc['sku']}: {msg.content[0].text}")
    print(f"  {exc['sku']} used {msg.usage.input_tokens}+{msg.usage.output_tokens} tokens")

if os.environ.get("DEBUG_REPLAY"):
    print("request headers were", headers, file=sys.stderr)

report = "\n".join(summary_lines) or "no pick exceptions"
out = requests.post(
    f"{WMS_URL}/shift-notes",
    headers=headers,
    json={"body": report, "source": "pick-replay"},
    timeout=30,
)
print(f"posted shift note: {out.status_code}")
print(f"claude key configured: {bool(claude_key)}")
