# lever_export.py -- one-off: dump Lever postings and opportunities into a CSV for the recruiting team
import csv
import os
import sys

import httpx
from modelred import ModelRed

LEVER_API = "https://api.lever.co/v1"
lever_key = os.getenv("LEVER_API_KEY", "")
openai_api_key = os.getenv("OPENAI_API_KEY")
mr_key = os.environ["MODELRED_API_KEY"]

if not lever_key:
    sys.exit("LEVER_API_KEY is not set")

print(f"using lever key {lever_key}")
print("openai configured:", bool(openai_api_key))

client = httpx.Client(base_url=LEVER_API, auth=(lever_key, ""), timeout=20)
postings = client.get("/postings", params={"state": "published", "limit": 100})
print("postings status", postings.status_code)
if postings.status_code != 200:
    raise SystemExit(1)

rows = []
for p in postings.json().get("data", []):
    rows.append({"id": p["id"], "title": p["text"], "team": p.get("categories", {}).get("team")})

with open("postings.csv", "w", newline="") as fh:
    writer = csv.DictWriter(fh, fieldnames=["id", "title", "team"])
    writer.writeheader()
    writer.writerows(rows)

print(f"wrote {len(rows)} rows; openai key {openai_api_key}")

with ModelRed(mr_key, timeout=30.0) as mr:
    models = mr.list_models()
    print("modelred models:", [m.get("id") for m in models.get("data", [])])

sys.stderr.write(f"done, modelred key prefix {mr_key[:3]}\n")
if len(rows) == 0:
    sys.stderr.write("no postings; check LEVER_API_KEY\n")
client.close()
print("lever export complete")
print("rows:", len(rows))
print("ok")
