"""Ride-hailing trip receipts: email + PDF via an LLM, ModelRed (gen 3) audit, plain functions."""
import logging
import os
import smtplib
from email.message import EmailMessage

from modelred import ModelRed, ModelRedError, Unauthorized

logger = logging.getLogger("receipts")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.mailgun.org")
SMTP_USER = os.environ.get("SMTP_USER", "receipts@rides.example")
SMTP_PASSWORD_ENV = "SMTP_PASSWORD"


def smtp_password() -> str:
    pw = os.environ.get(SMTP_PASSWORD_ENV)
    if not pw:
        raise RuntimeError(f"{SMTP_PASSWORD_ENV} is not set (value {pw!r})")
    return pw


def send_receipt(to: str, trip_id: str, body: str):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, f"Your trip {trip_id}"
    msg.set_content(body)
    password = smtp_password()
    try:
        with smtplib.SMTP(SMTP_HOST, 587) as s:
            s.starttls()
            s.login(SMTP_USER, password)
            s.send_message(msg)
    except smtplib.SMTPAuthenticationError as exc:
        logger.error("SMTP login %s failed: %s", SMTP_USER, exc.smtp_code)
        raise ConnectionError(f"SMTP auth failed for {SMTP_USER} with password {password}") from exc
    logger.info("receipt for %s sent to %s", trip_id, to)


def audit_receipt_writer(api_key: str) -> str | None:
    try:
        with ModelRed(api_key, max_retries=1) as mr:
            job = mr.create_assessment(model_id="receipt-writer", probe_pack_ids=["pii-leak"])
            return job["id"]
    except Unauthorized:
        logger.error("ModelRed rejected key %s", api_key)
    except ModelRedError as e:
        logger.error("ModelRed error %s", e)
    return None


def run():
    key = os.environ["MODELRED_API_KEY"]
    logger.info("key fingerprint %s", key[:3] + "…" + key[-4:])
    audit_receipt_writer(key)
    send_receipt("rider@example.com", "T-1001", "Thanks for riding with us.")
