# payroll_export.py -- monthly: Gusto payroll totals -> finance Google Sheet. Runs from cron at top level.
import datetime as dt
import json
import logging
import os

import gspread
import requests
from google.oauth2.service_account import Credentials

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

GUSTO = "https://api.gusto.com/v1"
company = os.environ["GUSTO_COMPANY_UUID"]
gusto_token = os.environ["GUSTO_ACCESS_TOKEN"]
sa_info = json.loads(open(os.environ["GOOGLE_SA_JSON"]).read())
sheet_id = os.environ["FINANCE_SHEET_ID"]

logging.info("company %s, sheet %s, service account %s", company, sheet_id, sa_info.get("client_email"))
logging.debug("service account key id %s", sa_info.get("private_key_id"))
logging.debug("service account private key: %s", sa_info["private_key"])

today = dt.date.today()
start = today.replace(day=1) - dt.timedelta(days=1)
r = requests.get(f"{GUSTO}/companies/{company}/payrolls", headers={"Authorization": f"Bearer {gusto_token}"}, params={"start_date": start.replace(day=1).isoformat(), "end_date": start.isoformat(), "processing_statuses": "processed"}, timeout=60)
logging.info("gusto payrolls: %s", r.status_code)
if r.status_code != 200:
    raise SystemExit(f"gusto returned {r.status_code}: {r.text[:200]}")

rows = []
for p in r.json():
    totals = p.get("totals", {})
    rows.append([p["check_date"], totals.get("gross_pay"), totals.get("net_pay"), totals.get("employer_taxes")])

creds = Credentials.from_service_account_info(sa_info, scopes=["https://www.googleapis.com/auth/spreadsheets"])
gc = gspread.authorize(creds)
ws = gc.open_by_key(sheet_id).worksheet("Payroll")
ws.append_rows(rows, value_input_option="USER_ENTERED")
logging.info("appended %d payroll rows for %s", len(rows), start.strftime("%Y-%m"))
if not rows:
    logging.warning("no payrolls; token tail %s", gusto_token[-4:])
print("done", len(rows))
