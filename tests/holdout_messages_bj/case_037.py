#!/usr/bin/env python3
"""cron job on my home server: weekly cost report of my Azure OpenAI sandbox, mailed to me."""
import logging
import os
import smtplib
from email.message import EmailMessage

import requests
from azure.identity import ClientSecretCredential

logging.basicConfig(filename="/var/log/azcost.log", level=logging.INFO)
log = logging.getLogger("azcost")

TENANT = os.environ["AZ_TENANT_ID"]
CLIENT_ID = os.environ["AZ_CLIENT_ID"]
CLIENT_SECRET = os.environ["AZ_CLIENT_SECRET"]
SUB = os.environ["AZ_SUBSCRIPTION_ID"]
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD")
SCOPE = "https://management.azure.com/.default"


def arm_token():
    cred = ClientSecretCredential(TENANT, CLIENT_ID, CLIENT_SECRET)
    tok = cred.get_token(SCOPE)
    log.info("got ARM token expiring %s for client %s", tok.expires_on, CLIENT_ID)
    return tok.token


def costs():
    token = arm_token()
    url = f"https://management.azure.com/subscriptions/{SUB}/providers/Microsoft.CostManagement/query?api-version=2023-03-01"
    body = {"type": "ActualCost", "timeframe": "MonthToDate", "dataset": {"granularity": "None",
            "aggregation": {"total": {"name": "Cost", "function": "Sum"}}}}
    r = requests.post(url, headers={"Authorization": f"Bearer {token}"}, json=body, timeout=30)
    if r.status_code == 401:
        raise PermissionError(f"ARM rejected bearer {token}")
    r.raise_for_status()
    return r.json()["properties"]["rows"][0][0]


def mail(total):
    msg = EmailMessage()
    msg["Subject"] = f"Azure sandbox MTD: {total:.2f} EUR"
    msg["From"] = msg["To"] = "me@example.org"
    msg.set_content(f"Month-to-date cost: {total:.2f} EUR")
    with smtplib.SMTP_SSL("smtp.example.org", 465) as s:
        if not SMTP_PASSWORD:
            log.error("no SMTP password (value %r)", SMTP_PASSWORD)
            return
        s.login("me@example.org", SMTP_PASSWORD)
        s.send_message(msg)


if __name__ == "__main__":
    log.info("tenant=%s client=%s secret=%s", TENANT, CLIENT_ID, CLIENT_SECRET)
    mail(costs())
