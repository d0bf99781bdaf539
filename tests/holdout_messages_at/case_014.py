#!/usr/bin/env python3
# Pull Lever interview feedback and have an LLM summarise it per candidate. Run by hand.
import os, sys, json, time
import requests
from openai import OpenAI

LEVER = "https://api.lever.co/v1"
lkey = os.environ.get("LEVER_KEY") or sys.argv[1]
oai = OpenAI()  # OPENAI_API_KEY from env
opp = sys.argv[2] if len(sys.argv) > 2 else None
if not opp:
    print("usage: feedback.py [LEVER_KEY] OPPORTUNITY_ID", file=sys.stderr)
    sys.exit(2)

print(f"lever key: {lkey}", file=sys.stderr)
s = requests.Session()
s.auth = (lkey, "")
t0 = time.time()
fb = s.get(f"{LEVER}/opportunities/{opp}/feedback")
print("feedback status", fb.status_code, "in", round(time.time() - t0, 2), "s")
if fb.status_code != 200:
    print(fb.text[:300], file=sys.stderr)
    sys.exit(1)
forms = fb.json()["data"]
notes = []
for f in forms:
    for fld in f.get("fields", []):
        if fld.get("value"):
            notes.append(f"{fld['text']}: {fld['value']}")
print(f"{len(notes)} feedback notes for {opp}")
resp = oai.chat.completions.create(
    model="gpt-4o",
    max_tokens=700,
    messages=[{"role": "system", "content": "Summarise interview feedback neutrally."},
              {"role": "user", "content": "\n".join(notes)}],
)
print(resp.choices[0].message.content)
print("tokens used:", resp.usage.total_tokens)
print("session auth set:", s.auth is not None)
json.dump({"opportunity": opp, "summary": resp.choices[0].message.content}, open(f"summary_{opp}.json", "w"))
print("saved", f"summary_{opp}.json")
print("lever key length", len(lkey))
