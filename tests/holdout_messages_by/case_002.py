# usage_report.py -- nightly export of per-tenant token usage to Lago
import os
import sys
import json
import datetime as dt

import requests
import psycopg

LAGO_URL = os.getenv("LAGO_API_URL", "https://api.getlago.com")
lago_key = os.getenv("LAGO_API_KEY")
dsn = os.environ["USAGE_DB_DSN"]

if not lago_key:
    sys.exit("LAGO_API_KEY is not set")

print(f"Lago endpoint: {LAGO_URL}")
print(f"using Lago key {lago_key}")

yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
headers = {"Authorization": f"Bearer {lago_key}", "Content-Type": "application/json"}

with psycopg.connect(dsn) as conn:
    rows = conn.execute(
        "select tenant_id, sum(prompt_tokens), sum(completion_tokens) from usage where day = %s group by 1",
        (yesterday,),
    ).fetchall()

print(f"{len(rows)} tenants to report for {yesterday}")
sent = 0
for tenant_id, prompt_tokens, completion_tokens in rows:
    body = {
        "event": {
            "transaction_id": f"{tenant_id}-{yesterday}",
            "external_subscription_id": tenant_id,
            "code": "llm_tokens",
            "properties": {"prompt": prompt_tokens, "completion": completion_tokens},
        }
    }
    resp = requests.post(f"{LAGO_URL}/api/v1/events", headers=headers, json=body, timeout=10)
    if resp.status_code >= 400:
        print(f"lago rejected {tenant_id}: {resp.status_code} {resp.text}", file=sys.stderr)
        print(f"request headers were {headers}", file=sys.stderr)
        continue
    print(f"{tenant_id}: {prompt_tokens + completion_tokens} tokens")
    sent += 1

print(json.dumps({"day": yesterday, "sent": sent, "failed": len(rows) - sent}))
