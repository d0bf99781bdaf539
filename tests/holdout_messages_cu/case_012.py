# export_ticket_sales.py -- one-off: Eventbrite ticket sales for the club's gala dinner
# and home-match hospitality packages, dumped to a spreadsheet for the treasurer.
import os
import sys

import openpyxl
import requests

EVENTBRITE_TOKEN = os.environ.get("EVENTBRITE_PRIVATE_TOKEN", "")
ORG_ID = os.environ.get("EVENTBRITE_ORG_ID", "")
API = "https://www.eventbriteapi.com/v3"

if not EVENTBRITE_TOKEN:
    sys.exit("set EVENTBRITE_PRIVATE_TOKEN first")
if " " in EVENTBRITE_TOKEN or len(EVENTBRITE_TOKEN) < 20:
    raise SystemError("Eventbrite token has an odd shape: " + EVENTBRITE_TOKEN)

session = requests.Session()
session.headers["Authorization"] = f"Bearer {EVENTBRITE_TOKEN}"
print("org:", ORG_ID, "auth header set:", "Authorization" in session.headers)

events = session.get(f"{API}/organizations/{ORG_ID}/events/", params={"status": "live,ended"}, timeout=20)
if not events.ok:
    print("Eventbrite said", events.status_code, events.json().get("error_description"))
    print("request headers were", session.headers)
    sys.exit(2)

wb = openpyxl.Workbook()
ws = wb.active
ws.append(["event", "ticket class", "sold", "gross"])
for ev in events.json()["events"]:
    name = ev["name"]["text"]
    tcs = session.get(f"{API}/events/{ev['id']}/ticket_classes/", timeout=20).json()["ticket_classes"]
    for tc in tcs:
        gross = tc.get("cost", {}).get("major_value", "0")
        ws.append([name, tc["name"], tc.get("quantity_sold", 0), gross])

out = f"ticket_sales_{ORG_ID}.xlsx"
wb.save(out)
print(f"saved {out} ({ws.max_row - 1} rows) with token ending {EVENTBRITE_TOKEN[-4:]}")
