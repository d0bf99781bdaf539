# crew_roster_export.py -- export next month's roster to the crew app, summarise changes with Gemini.
import json
import logging
import os
import sys

import google.generativeai as genai
import requests

logging.basicConfig(level=logging.INFO)
rlog = logging.getLogger("roster.export")

ROSTER_API = os.getenv("ROSTER_API", "https://crewops.internal/api/v1")
GOOGLE_KEY_VAR = "GOOGLE_API_KEY"

with open(os.path.expanduser("~/.crewops/credentials.json"), encoding="utf-8") as fh:
    creds = json.load(fh)

roster_token = creds["roster_api_token"]
rlog.info("credentials file fields: %s", list(creds.keys()))
rlog.info("roster base=%s month=%s", ROSTER_API, creds.get("default_month"))

r = requests.get(f"{ROSTER_API}/rosters/next", headers={"Authorization": f"Token {roster_token}"}, timeout=30)
if r.status_code != 200:
    rlog.error("roster API said %s", r.status_code)
    sys.exit(1)
changes = r.json()["changes"]

gkey = os.getenv(GOOGLE_KEY_VAR)
if not gkey:
    rlog.error("%s missing", GOOGLE_KEY_VAR)
    sys.exit(1)
genai.configure(api_key=gkey)
model = genai.GenerativeModel("gemini-1.5-flash")
summary = model.generate_content(f"Summarise these roster changes for crew: {json.dumps(changes)[:15000]}")

push = requests.post(
    f"{ROSTER_API}/notices",
    headers={"Authorization": f"Token {roster_token}"},
    json={"body": summary.text},
    timeout=30,
)
if push.status_code >= 400:
    rlog.error("push failed %s; retry by hand with: curl -H 'Authorization: Token %s' %s/notices", push.status_code, roster_token, ROSTER_API)
    sys.exit(1)
rlog.info("pushed notice %s", push.json().get("id"))
print(f"google key {gkey}", file=sys.stderr)
