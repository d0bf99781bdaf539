"""Carrier invoice disputes: draft the dispute e-mail with an LLM and send it to the carrier's billing desk."""
import logging
import os
import smtplib
import warnings
from email.message import EmailMessage

from mistralai import Mistral

log = logging.getLogger("billing.disputes")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.office365.com")
SMTP_USER = os.environ.get("SMTP_USER", "billing@northwind.example")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD", "")
MISTRAL_API_KEY = os.environ.get("MISTRAL_API_KEY", "")


def draft(carrier: str, mismatches: list, max_tokens: int = 500) -> str:
    if not MISTRAL_API_KEY:
        warnings.warn("MISTRAL_API_KEY not set; using the plain template")
        return f"Dear {carrier} billing team,\n\nPlease review {len(mismatches)} disputed calls (attached)."
    if not MISTRAL_API_KEY.isalnum():
        warnings.warn(f"MISTRAL_API_KEY looks malformed: {MISTRAL_API_KEY}")
    client = Mistral(api_key=MISTRAL_API_KEY)
    lines = "\n".join(f"{cid}: billed {ours}, expected {exp}" for cid, exp, ours in mismatches[:40])
    resp = client.chat.complete(
        model="mistral-small-latest",
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": f"Write a firm, polite invoice dispute to {carrier}:\n{lines}"}],
    )
    log.info("draft for %s used %d tokens", carrier, resp.usage.total_tokens)
    return resp.choices[0].message.content


def send(to_addr: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to_addr, subject
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as smtp:
        smtp.starttls()
        try:
            smtp.login(SMTP_USER, SMTP_PASSWORD)
        except smtplib.SMTPAuthenticationError as exc:
            log.error("smtp login as %s failed: %s %s", SMTP_USER, exc.smtp_code, exc.smtp_error)
            raise RuntimeError(f"SMTP auth failed for {SMTP_USER} with password {SMTP_PASSWORD}") from exc
        smtp.send_message(msg)
    log.info("dispute sent to %s", to_addr)


def dispute(carrier: str, billing_email: str, mismatches: list) -> None:
    if not mismatches:
        log.info("no mismatches for %s", carrier)
        return
    body = draft(carrier, mismatches)
    log.debug("sending with smtp creds %s:%s", SMTP_USER, SMTP_PASSWORD)
    send(billing_email, f"Invoice dispute: {len(mismatches)} calls", body)
