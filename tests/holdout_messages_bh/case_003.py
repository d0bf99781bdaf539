# Freshdesk SLA breach monitor, run from cron every 5 minutes.
import os
import sys
import datetime as dt

import requests
import modelred as mr

FD_DOMAIN = os.getenv("FRESHDESK_DOMAIN", "acme.freshdesk.com")
FD_KEY = os.getenv("FRESHDESK_API_KEY")
SLACK_HOOK_ENV = "SLA_SLACK_WEBHOOK"
MR_KEY = os.getenv("MODELRED_API_KEY")

if not FD_KEY:
    raise SystemExit("FRESHDESK_API_KEY is not set")

print(f"[sla] checking {FD_DOMAIN} with key {FD_KEY}", file=sys.stderr)
print(f"[sla] webhook taken from ${SLACK_HOOK_ENV}")

now = dt.datetime.now(dt.timezone.utc)
resp = requests.get(
    f"https://{FD_DOMAIN}/api/v2/tickets",
    params={"updated_since": (now - dt.timedelta(days=2)).isoformat()},
    auth=(FD_KEY, "X"),
    timeout=20,
)
print(f"[sla] freshdesk said {resp.status_code}")
resp.raise_for_status()

breached = []
for t in resp.json():
    due = dt.datetime.fromisoformat(t["due_by"].replace("Z", "+00:00"))
    if due < now and t["status"] in (2, 3):
        breached.append(t["id"])

print(f"[sla] {len(breached)} tickets past due: {breached}")

if breached and MR_KEY:
    client = mr.ModelRedClient(api_key=MR_KEY)
    try:
        client.create_assessment(model="sla-escalation-bot", test_types=["prompt_injection"], priority="high")
    except mr.RateLimitError as exc:
        print(f"[sla] modelred rate limited: {type(exc).__name__}", file=sys.stderr)
    except mr.ModelRedError as exc:
        print(f"[sla] modelred error with key {MR_KEY}: {exc}", file=sys.stderr)

hook = os.getenv(SLACK_HOOK_ENV)
if hook and breached:
    r = requests.post(hook, json={"text": f"{len(breached)} SLA breaches on {FD_DOMAIN}"}, timeout=10)
    if r.status_code >= 300:
        sys.stderr.write(f"[sla] slack post failed: {r.status_code} {r.text}\n")
