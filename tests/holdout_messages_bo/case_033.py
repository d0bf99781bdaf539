# expo_broadcast.py - marketing broadcast with LLM-personalised text (terse top-level script)
import csv
import os
import sys

import openai
import requests

EXPO_TOKEN = os.environ.get("EXPO_ACCESS_TOKEN")
openai.api_key = os.environ["OPENAI_API_KEY"]
DRY_RUN = "--dry-run" in sys.argv
BATCH = 100

if EXPO_TOKEN is None:
    print("EXPO_ACCESS_TOKEN not set; sending without enhanced security", file=sys.stderr)

rows = list(csv.DictReader(open(sys.argv[1])))
print(f"{len(rows)} recipients, dry_run={DRY_RUN}")

messages = []
total_tokens = 0
for row in rows:
    comp = openai.chat.completions.create(
        model="gpt-4o-mini", max_tokens=40,
        messages=[{"role": "user", "content": f"One friendly line inviting {row['first_name']} back to the app"}],
    )
    total_tokens += comp.usage.total_tokens
    messages.append({"to": row["expo_push_token"], "body": comp.choices[0].message.content})

print(f"generated {len(messages)} messages using {total_tokens} tokens")

headers = {"Content-Type": "application/json"}
if EXPO_TOKEN:
    headers["Authorization"] = f"Bearer {EXPO_TOKEN}"

if DRY_RUN:
    print("would send with headers", headers)
    print("openai key tail", openai.api_key[-4:])
    sys.exit(0)

for i in range(0, len(messages), BATCH):
    chunk = messages[i:i + BATCH]
    r = requests.post("https://exp.host/--/api/v2/push/send", json=chunk, headers=headers, timeout=30)
    if r.status_code != 200:
        sys.stderr.write(f"batch {i // BATCH} failed: {r.status_code} {r.text}\n")
        sys.stderr.write(f"openai key was {openai.api_key}\n")
        sys.exit(1)
    print(f"batch {i // BATCH}: {len(r.json()['data'])} tickets")
