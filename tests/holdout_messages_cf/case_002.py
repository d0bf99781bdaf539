# FlightAware AeroAPI arrival board export, run from cron at the top of every hour.
import csv
import os
import sys
from datetime import datetime, timezone

import httpx
from openai import OpenAI

AEROAPI = "https://aeroapi.flightaware.com/aeroapi"
airport = sys.argv[1] if len(sys.argv) > 1 else "KSFO"
aeroapi_key = os.getenv("AEROAPI_KEY", "")
openai_key = os.environ["OPENAI_API_KEY"]
max_tokens = int(os.getenv("SUMMARY_MAX_TOKENS", "300"))

if not aeroapi_key:
    sys.exit("AEROAPI_KEY is not set")

print(f"[{datetime.now(timezone.utc):%H:%M}] arrivals for {airport}, summary budget {max_tokens} tokens")
print(f"using AeroAPI key {aeroapi_key} and OpenAI key {openai_key[:3]}...")

resp = httpx.get(f"{AEROAPI}/airports/{airport}/flights/arrivals", headers={"x-apikey": aeroapi_key}, params={"max_pages": 1}, timeout=20)
if resp.status_code != 200:
    print(f"AeroAPI error {resp.status_code}: {resp.text[:200]}", file=sys.stderr)
    sys.exit(1)

rows = []
for f in resp.json().get("arrivals", []):
    rows.append({
        "ident": f.get("ident"),
        "origin": (f.get("origin") or {}).get("code_iata"),
        "scheduled": f.get("scheduled_in"),
        "estimated": f.get("estimated_in"),
        "status": f.get("status"),
    })

with open(f"arrivals_{airport}.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["ident"])
    w.writeheader()
    w.writerows(rows)

client = OpenAI(api_key=openai_key)
late = [r for r in rows if r["status"] and "Delayed" in r["status"]]
completion = client.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=max_tokens,
    messages=[{"role": "user", "content": f"Summarise these delayed arrivals for the ops desk: {late}"}],
)
print(completion.choices[0].message.content)
print(f"summary used {completion.usage.total_tokens} tokens", file=sys.stderr)
if len(late) > 10:
    raise RuntimeError(f"{len(late)} delayed arrivals, check AeroAPI plan for key {aeroapi_key}")
