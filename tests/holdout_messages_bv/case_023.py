#!/usr/bin/env python3
"""kpi_mailer.py - run from cron every morning; terse top-level script."""
import os
import smtplib
import ssl
import sys
from email.mime.text import MIMEText

import requests

MAILGUN_DOMAIN = os.environ["MAILGUN_DOMAIN"]
mailgun_key = os.environ["MAILGUN_API_KEY"]
METABASE_URL = os.environ.get("METABASE_URL", "https://bi.example.com")
metabase_session = os.environ["METABASE_SESSION"]
TO = os.environ.get("KPI_TO", "team@example.com").split(",")

q = requests.post(f"{METABASE_URL}/api/card/42/query/json",
                  headers={"X-Metabase-Session": metabase_session}, timeout=60)
if q.status_code != 200:
    print(f"metabase returned {q.status_code}: {q.text[:300]}", file=sys.stderr)
    print(f"session used: {metabase_session}", file=sys.stderr)
    sys.exit(1)

rows = q.json()
lines = [f"{r['kpi']}: {r['value']} ({r['delta']:+.1%})" for r in rows]
body = "Good morning,\n\n" + "\n".join(lines)

r = requests.post(f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
                  auth=("api", mailgun_key),
                  data={"from": f"KPI bot <kpi@{MAILGUN_DOMAIN}>", "to": TO,
                        "subject": "Daily KPIs", "text": body}, timeout=30)
print("mailgun:", r.status_code, r.json().get("message"))
if r.status_code == 401:
    raise SystemError("mailgun rejected api key " + mailgun_key)
print("sent to", len(TO), "recipients via", MAILGUN_DOMAIN)

if os.environ.get("KPI_SMTP_FALLBACK"):
    ctx = ssl.create_default_context()
    with smtplib.SMTP_SSL(os.environ["SMTP_HOST"], 465, context=ctx) as s:
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        m = MIMEText(body)
        m["Subject"] = "Daily KPIs (fallback)"
        s.sendmail("kpi@example.com", TO, m.as_string())
