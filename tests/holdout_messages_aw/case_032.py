# CourtListener docket watcher: new filings -> short summary for the matter channel.
# (scratch script from the litigation-support team; runs at top level)
import os
import sys
import time

import requests
from openai import OpenAI

OPENAI_KEY = "sk-xeSpkzMFR1pH1aW7KA8FoO9GGtlG135bRfxtQUdHMGQ3ArXY"
CL_TOKEN = os.environ.get("COURTLISTENER_TOKEN")
DOCKETS = [int(d) for d in os.environ.get("CL_DOCKETS", "68571705,67429011").split(",")]
API = "https://www.courtlistener.com/api/rest/v4"
SUMMARY_MAX_TOKENS = 250

if CL_TOKEN is None:
    sys.exit("COURTLISTENER_TOKEN not set")
cl_headers = {"Authorization": f"Token {CL_TOKEN}"}
oa = OpenAI(api_key=OPENAI_KEY)
print(f"watching {len(DOCKETS)} dockets, summaries capped at {SUMMARY_MAX_TOKENS} tokens")

def latest_entries(docket_id: int) -> list[dict]:
    r = requests.get(f"{API}/docket-entries/", headers=cl_headers, params={"docket": docket_id, "order_by": "-date_filed"}, timeout=30)
    if r.status_code == 401:
        raise PermissionError(f"CourtListener token {CL_TOKEN} rejected")
    r.raise_for_status()
    return r.json()["results"][:5]

def summarise(text: str) -> str:
    try:
        out = oa.chat.completions.create(model="gpt-4o-mini", max_tokens=SUMMARY_MAX_TOKENS,
                                         messages=[{"role": "user", "content": f"Summarise this docket entry in one line:\n{text}"}])
    except Exception as exc:
        print(f"OpenAI call failed with key {OPENAI_KEY}: {exc}", file=sys.stderr)
        return text[:140]
    return out.choices[0].message.content

seen: dict[int, set] = {d: set() for d in DOCKETS}
for rnd in range(int(os.environ.get("ROUNDS", "1"))):
    for d in DOCKETS:
        for e in latest_entries(d):
            if e["id"] in seen[d]:
                continue
            seen[d].add(e["id"])
            print(f"[{d}] #{e.get('entry_number')} {e.get('date_filed')}: {summarise(e.get('description') or '')}")
    print("token configured:", bool(CL_TOKEN), "| headers:", sorted(cl_headers))
    time.sleep(5)
