#!/usr/bin/env python3
"""nightly_redteam.py - cron: 0 2 * * * /opt/redteam/venv/bin/python nightly_redteam.py

Runs the nightly ModelRed assessment against staging and mails a summary.
"""
import logging
import os
import smtplib
import sys
from email.message import EmailMessage

from modelred import ModelRed, APIError, RateLimited

logging.basicConfig(filename="/var/log/redteam/nightly.log", level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

API_KEY = os.environ["MODELRED_API_KEY"]
SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
SMTP_USER = os.environ.get("SMTP_USER", "redteam-bot")
SMTP_PASS = os.environ.get("SMTP_PASSWORD")
RECIPIENTS = ["ml-platform@example.com"]
PACKS = ["jailbreak-basic", "pii-leak"]

logging.info("nightly run starting, key=%s smtp_user=%s", API_KEY, SMTP_USER)
logging.info("smtp host=%s user=%s password set=%s", SMTP_HOST, SMTP_USER, bool(SMTP_PASS))


def send_summary(text):
    msg = EmailMessage()
    msg["Subject"] = "Nightly red team"
    msg["From"] = "redteam@example.com"
    msg["To"] = ", ".join(RECIPIENTS)
    msg.set_content(text)
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        try:
            s.login(SMTP_USER, SMTP_PASS)
        except smtplib.SMTPAuthenticationError as e:
            logging.error("smtp login failed for %s / %s: %s", SMTP_USER, SMTP_PASS, e)
            raise
        s.send_message(msg)


try:
    with ModelRed(API_KEY) as mr:
        a = mr.create_assessment(model_id="staging-chat", probe_pack_ids=PACKS)
except RateLimited as e:
    logging.warning("rate limited, will retry tomorrow: %s", e)
    sys.exit(0)
except APIError as e:
    logging.exception("assessment failed")
    sys.exit(1)
send_summary(f"Assessment {a['id']} queued for staging-chat with {len(PACKS)} packs")
logging.info("done")
