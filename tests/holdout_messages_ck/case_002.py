# Ashby candidate export -> OpenAI summary, run from a cron box as a plain script.
import csv
import os
import sys

import httpx
from openai import OpenAI

ASHBY_KEY = os.getenv("ASHBY_API_KEY", "")
openai_api_key = os.environ["OPENAI_API_KEY"]
MODEL = "gpt-4o-mini"
MAX_TOKENS = 350

if not ASHBY_KEY:
    sys.exit("ASHBY_API_KEY is not set")

print(f"ashby key prefix {ASHBY_KEY[:4]}..., model {MODEL}")
print(f"openai key loaded: {openai_api_key}")

ashby = httpx.Client(base_url="https://api.ashbyhq.com", auth=(ASHBY_KEY, ""), timeout=30)
llm = OpenAI(api_key=openai_api_key)

resp = ashby.post("/candidate.list", json={"limit": 50})
if resp.status_code >= 400:
    print(f"Ashby error {resp.status_code}: {resp.text}", file=sys.stderr)
    sys.exit(1)

rows = []
for cand in resp.json().get("results", []):
    notes = cand.get("summary") or ""
    out = llm.chat.completions.create(
        model=MODEL,
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"Summarise for a recruiter: {notes}"}],
    )
    used = out.usage.total_tokens
    print(f"{cand['id']}: {used} tokens (max_tokens={MAX_TOKENS})")
    rows.append({"id": cand["id"], "summary": out.choices[0].message.content})

with open("ashby_summaries.csv", "w", newline="") as fh:
    writer = csv.DictWriter(fh, fieldnames=["id", "summary"])
    writer.writeheader()
    writer.writerows(rows)

if os.getenv("DEBUG_EXPORT"):
    sys.stderr.write(f"ashby basic-auth user: {ASHBY_KEY}\n")
print(f"wrote {len(rows)} summaries")
