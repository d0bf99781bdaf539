"""Contract renewal reminders: finds notice deadlines and mails owners through Microsoft Graph."""
import datetime as dt
import logging
import os

import msal
import requests
from apscheduler.schedulers.blocking import BlockingScheduler

log = logging.getLogger("renewals")

TENANT_ID = os.environ["AZURE_TENANT_ID"]
CLIENT_ID = os.environ["GRAPH_CLIENT_ID"]
CLIENT_SECRET = os.environ["GRAPH_CLIENT_SECRET"]
SENDER = "contracts@firm.example"
SCOPES = ["https://graph.microsoft.com/.default"]


def graph_token() -> str:
    app = msal.ConfidentialClientApplication(CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=CLIENT_SECRET)
    result = app.acquire_token_for_client(scopes=SCOPES)
    log.debug("authority tenant %s, scopes %s", TENANT_ID, SCOPES)
    if "access_token" not in result:
        raise RuntimeError(f"Graph token failed: {result.get('error')} - {result.get('error_description')}")
    log.info("Graph token ok, expires in %s s, tenant %s", result["expires_in"], TENANT_ID)
    return result["access_token"]


def upcoming(days: int = 45) -> list[dict]:
    horizon = dt.date.today() + dt.timedelta(days=days)
    rows = [
        {"contract": "MSA-2291 Northwind", "owner": "a.patel@firm.example", "notice_by": dt.date(2025, 3, 1)},
        {"contract": "SaaS-0087 Contoso", "owner": "j.lee@firm.example", "notice_by": dt.date(2025, 2, 14)},
    ]
    return [r for r in rows if r["notice_by"] <= horizon]


def send_reminders() -> None:
    token = graph_token()
    for row in upcoming():
        body = {"message": {"subject": f"Renewal notice due {row['notice_by']:%d %b}: {row['contract']}", "body": {"contentType": "Text", "content": "Please confirm renew / terminate."}, "toRecipients": [{"emailAddress": {"address": row["owner"]}}]}}
        r = requests.post(f"https://graph.microsoft.com/v1.0/users/{SENDER}/sendMail", json=body, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        if r.status_code == 401:
            raise PermissionError(f"Graph refused token {token} for {SENDER}")
        log.info("reminder for %s -> %s: %s", row["contract"], row["owner"], r.status_code)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("starting scheduler for app %s (secret from GRAPH_CLIENT_SECRET)", CLIENT_ID)
    if os.environ.get("RENEWALS_DEBUG") == "1":
        log.debug("graph credentials: %s / %s", CLIENT_ID, CLIENT_SECRET)
    sched = BlockingScheduler(timezone="Europe/London")
    sched.add_job(send_reminders, "cron", hour=8, minute=30, day_of_week="mon-fri")
    sched.start()
