# Records-request (FOIA) triage: run once a night from cron on the clerk's server.
import csv
import os
import sys

import anthropic

KEY_ENV = "ANTHROPIC_API_KEY"
anthropic_key = os.getenv(KEY_ENV, "")
if not anthropic_key:
    print(f"{KEY_ENV} is not set, got {anthropic_key!r}", file=sys.stderr)
    sys.exit(2)

print(f"triage starting with key {anthropic_key}")
print("key length", len(anthropic_key), "env", KEY_ENV)

client = anthropic.Anthropic(api_key=anthropic_key)
CATEGORIES = ["police", "zoning", "payroll", "contracts", "other"]
rows = list(csv.DictReader(open("foia_queue.csv", newline="")))
print(f"{len(rows)} requests in queue")

out = csv.writer(open("foia_triaged.csv", "w", newline=""))
out.writerow(["request_id", "category", "input_tokens", "output_tokens"])
for row in rows:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=20,
        messages=[{"role": "user", "content":
                   f"Classify this public records request into one of {CATEGORIES}: {row['body']}"}],
    )
    label = msg.content[0].text.strip().lower()
    if label not in CATEGORIES:
        label = "other"
    out.writerow([row["request_id"], label, msg.usage.input_tokens, msg.usage.output_tokens])
    print(row["request_id"], label, msg.usage.output_tokens, "tokens")

summary = {"rows": len(rows), "model": "claude-3-5-haiku-latest", "key_set": bool(anthropic_key)}
print("summary:", summary)
if len(rows) > 500:
    raise SystemExit("queue too large for nightly run")
print("done")
