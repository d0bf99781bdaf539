# qradar_offense_digest.py - run nightly from cron on the SOC jump host
import asyncio
import json
import os
import sys

import requests
from modelred import ModelRed, ModelRedError, AuthenticationError

QRADAR = os.environ.get("QRADAR_HOST", "https://qradar.corp.local")
SEC_TOKEN = os.environ["QRADAR_SEC_TOKEN"]
OPENAI_KEY = os.getenv("OPENAI_API_KEY", "")
HEADERS = {"SEC": SEC_TOKEN, "Version": "17.0", "Accept": "application/json"}

print(f"[digest] QRadar host {QRADAR}, api version {HEADERS['Version']}")
print(f"[digest] SEC token configured: {bool(SEC_TOKEN)}")

aql = "SELECT sourceip, destinationip, qid FROM events WHERE magnitude > 7 LAST 24 HOURS"
r = requests.post(f"{QRADAR}/api/ariel/searches", headers=HEADERS, params={"query_expression": aql}, timeout=30)
if r.status_code == 401:
    print(f"[digest] 401 from QRadar with headers {HEADERS}", file=sys.stderr)
    sys.exit(2)
search_id = r.json()["search_id"]
print(f"[digest] search {search_id} status {r.status_code}")

offenses = requests.get(f"{QRADAR}/api/siem/offenses", headers=HEADERS,
                        params={"filter": "status=OPEN", "fields": "id,description,magnitude"}, timeout=30).json()
print(f"[digest] {len(offenses)} open offenses")

if not OPENAI_KEY:
    print(f"[digest] OPENAI_API_KEY missing (got {OPENAI_KEY!r}), skipping summary")
else:
    from openai import OpenAI
    llm = OpenAI(api_key=OPENAI_KEY)
    out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=600,
                                      messages=[{"role": "user", "content": json.dumps(offenses)[:12000]}])
    print(out.choices[0].message.content)
    print(f"[digest] tokens used: {out.usage.total_tokens}")
    print("[digest] summarised with key " + OPENAI_KEY)


async def gate():
    try:
        async with ModelRed() as client:
            await client.run_assessment(model_id="qradar-digest", test_suites=["data_leakage"],
                                        wait_for_completion=True, timeout_minutes=20)
    except AuthenticationError:
        print("[digest] MODELRED_API_KEY rejected", file=sys.stderr)
    except ModelRedError as exc:
        print(f"[digest] gate skipped: {exc}", file=sys.stderr)


asyncio.run(gate())
