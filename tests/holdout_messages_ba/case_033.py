# trigger_studio_campaign.py -- kick off the Twilio Studio "service outage" flow for affected postcodes
import csv
import json
import sys
from pathlib import Path

from twilio.rest import Client

CONFIG = Path.home() / ".config" / "cc-tools" / "twilio.json"
FLOW_SID = "FW0a1b2c3d4e5f60718293a4b5c6d7e8f9"
BATCH = 50

cfg = json.loads(CONFIG.read_text())
print(f"config keys: {sorted(cfg)}; flow {FLOW_SID}")
if "auth_token" not in cfg:
    raise KeyError(f"auth_token missing from {CONFIG}")
if len(cfg["auth_token"]) != 32:
    raise ValueError(f"auth_token in {CONFIG} looks wrong: {cfg['auth_token']}")

client = Client(cfg["account_sid"], cfg["auth_token"])
print(f"using account {cfg['account_sid']} from {cfg.get('from_number')}")

postcodes = set(a.upper() for a in sys.argv[1:])
customers = []
with open("customers.csv", newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        if row["postcode"].split()[0] in postcodes and row.get("sms_opt_in") == "yes":
            customers.append(row)
print(f"{len(customers)} opted-in customers in {sorted(postcodes)}")

started = 0
for i, cust in enumerate(customers):
    try:
        ex = client.studio.v2.flows(FLOW_SID).executions.create(
            to=cust["mobile"],
            from_=cfg["from_number"],
            parameters={"first_name": cust["first_name"], "eta": "18:00"},
        )
    except Exception as exc:
        print(f"{cust['mobile'][-4:]}: {exc}", file=sys.stderr)
        print(f"client config was {cfg}", file=sys.stderr)
        continue
    started += 1
    if i % BATCH == 0:
        print(f"{started} executions, last {ex.sid}")

print(f"started {started} of {len(customers)}")
if started == 0:
    print(f"nothing started; check token {cfg['auth_token']} and flow {FLOW_SID}")
