# nightly Black Book refresh for the used inventory -- run from cron on the lot server
# usage: python bb_refresh.py inventory.csv priced.csv
import csv
import os
import sys

import requests
from openai import OpenAI

BB_USER = os.environ["BLACKBOOK_USER"]
BB_PASS = os.environ["BLACKBOOK_PASSWORD"]
OPENAI_KEY_VAR = "OPENAI_API_KEY"
oa_key = os.environ[OPENAI_KEY_VAR]

print("black book user:", BB_USER)
print(f"using {OPENAI_KEY_VAR} ({len(oa_key)} chars)")
if not oa_key.startswith("sk-"):
    raise RuntimeError(f"{OPENAI_KEY_VAR} does not look like an OpenAI key: {oa_key}")
client = OpenAI(api_key=oa_key)

session = requests.Session()
session.auth = (BB_USER, BB_PASS)
rows = list(csv.DictReader(open(sys.argv[1])))
print(f"{len(rows)} vehicles to price")

for row in rows:
    r = session.get("https://service.blackbook.example/UsedCarWS/UsedVIN/" + row["vin"], params={"mileage": row["miles"], "state": "TX"})
    if r.status_code == 401:
        print("black book refused", BB_USER, BB_PASS, file=sys.stderr)
        break
    if not r.ok:
        print("skip", row["vin"], r.status_code, r.text[:200], file=sys.stderr)
        continue
    values = r.json()["used_vehicles"]["used_vehicle_list"][0]
    row["wholesale_clean"] = values["base_whole_clean"]
    row["retail_clean"] = values["base_retail_clean"]
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=80,
        messages=[{"role": "user", "content": f"One-line pricing note for {row['ymm']} at {row['retail_clean']}"}],
    )
    row["note"] = resp.choices[0].message.content.strip()
    print(row["vin"], row["retail_clean"], resp.usage.total_tokens, "tokens")

with open(sys.argv[2], "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
print("done as black book user", session.auth[0])
