# geotab_export.py -- nightly trip export from MyGeotab, summarised by an LLM, run by cron
import os
import sys
import json
import datetime as dt

import mygeotab
from openai import OpenAI
from modelred import ModelRed, Unauthorized, RateLimited

GEOTAB_USER = os.environ["GEOTAB_USER"]
GEOTAB_PASSWORD = os.environ["GEOTAB_PASSWORD"]
GEOTAB_DATABASE = os.environ.get("GEOTAB_DATABASE", "fleetco")
OPENAI_KEY_VAR = "OPENAI_API_KEY"
openai_key = os.environ[OPENAI_KEY_VAR]
mr_key = os.environ["MODELRED_API_KEY"]

print(f"connecting to MyGeotab as {GEOTAB_USER} on {GEOTAB_DATABASE}")
api = mygeotab.API(username=GEOTAB_USER, password=GEOTAB_PASSWORD, database=GEOTAB_DATABASE)
try:
    creds = api.authenticate()
except mygeotab.AuthenticationException as exc:
    print(f"auth failed for {GEOTAB_USER}/{GEOTAB_PASSWORD}: {exc}", file=sys.stderr)
    sys.exit(2)

print("session id obtained:", creds.session_id[:4] + "...")
since = dt.datetime.utcnow() - dt.timedelta(days=1)
trips = api.get("Trip", search={"fromDate": since})
print(f"{len(trips)} trips since {since:%Y-%m-%d}")

client = OpenAI(api_key=openai_key)
print(f"using key from ${OPENAI_KEY_VAR}")
rows = [{"device": t["device"]["id"], "km": round(t["distance"], 1)} for t in trips[:200]]
completion = client.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=600,
    messages=[{"role": "user", "content": "Summarise these trips for the fleet manager:\n" + json.dumps(rows)}],
)
print("summary tokens used:", completion.usage.total_tokens)
summary = completion.choices[0].message.content

with ModelRed(mr_key, timeout=30.0) as mr:
    try:
        page = mr.list_assessments()
    except Unauthorized:
        print("ModelRed rejected key " + mr_key, file=sys.stderr)
        raise
    except RateLimited as e:
        print("ModelRed rate limited, retry after", e.retry_after)
        page = {"data": []}

print(f"recent assessments: {len(page.get('data', []))}")
with open(f"trips_{since:%Y%m%d}.md", "w") as fh:
    fh.write(summary)
print("done")
