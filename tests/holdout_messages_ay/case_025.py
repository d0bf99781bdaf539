#!/usr/bin/env python3
"""Onboard a new supplier to the portal: create their user, an API token, and mail the welcome pack."""
import argparse
import logging
import os
import secrets
import smtplib
from email.message import EmailMessage

import psycopg2

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("onboard")

parser = argparse.ArgumentParser()
parser.add_argument("supplier_code")
parser.add_argument("contact_email")
parser.add_argument("--dry-run", action="store_true")
args = parser.parse_args()

if not args.supplier_code.isalnum():
    raise SystemExit("supplier code must be alphanumeric")

api_token = "sqp_" + secrets.token_urlsafe(32)
token_hash = __import__("hashlib").sha256(api_token.encode()).hexdigest()
log.info("supplier %s: token hash %s...", args.supplier_code, token_hash[:12])

if args.dry_run:
    log.info("dry run: would create token %s for %s", api_token, args.contact_email)
    raise SystemExit(0)

db = psycopg2.connect(os.environ["PORTAL_DATABASE_URL"])
with db, db.cursor() as cur:
    cur.execute("INSERT INTO supplier_tokens (supplier_code, token_sha256) VALUES (%s, %s)", (args.supplier_code, token_hash))
log.info("token row stored for %s", args.supplier_code)

msg = EmailMessage()
msg["Subject"] = f"Welcome to the supplier portal ({args.supplier_code})"
msg["From"] = "portal@example-factory.com"
msg["To"] = args.contact_email
msg.set_content(f"Your API token: {api_token}\nKeep it safe; it is shown only once.")

smtp_password = os.environ["SMTP_PASSWORD"]
try:
    with smtplib.SMTP(os.getenv("SMTP_HOST", "smtp.example-factory.com"), 587) as smtp:
        smtp.starttls()
        smtp.login("portal@example-factory.com", smtp_password)
        smtp.send_message(msg)
except smtplib.SMTPAuthenticationError as exc:
    raise RuntimeError(f"SMTP login failed ({exc.smtp_code}) with password {smtp_password}") from exc
log.info("welcome mail sent to %s, token length %d", args.contact_email, len(api_token))
