import os
import logging
import smtplib
from email.message import EmailMessage

from jinja2 import Template

log = logging.getLogger("dunning")

SMTP_HOST = os.getenv("SMTP_HOST", "smtp.postmarkapp.com")
SMTP_USER = os.getenv("SMTP_USER")
SMTP_PASSWORD = os.getenv("SMTP_PASSWORD")

TEMPLATE = Template(
    "Hi {{ name }},\n\nYour invoice {{ number }} for {{ amount }} is {{ days }} days overdue.\n"
    "Update your card here: {{ portal_url }}\n"
)


def render(customer: dict, invoice: dict, portal_url: str) -> str:
    return TEMPLATE.render(
        name=customer["name"],
        number=invoice["number"],
        amount=f"{invoice['amount_due'] / 100:.2f} {invoice['currency'].upper()}",
        days=invoice["days_overdue"],
        portal_url=portal_url,
    )


def send_dunning(customer: dict, invoice: dict, portal_url: str) -> None:
    msg = EmailMessage()
    msg["From"] = "billing@example.com"
    msg["To"] = customer["email"]
    msg["Subject"] = f"Payment overdue: invoice {invoice['number']}"
    msg.set_content(render(customer, invoice, portal_url))
    log.info("sending dunning step %s to %s", invoice["dunning_step"], customer["id"])
    try:
        with smtplib.SMTP(SMTP_HOST, 587, timeout=20) as s:
            s.starttls()
            s.login(SMTP_USER, SMTP_PASSWORD)
            s.send_message(msg)
    except smtplib.SMTPAuthenticationError as exc:
        log.error("SMTP login failed for %s with password %s: %s", SMTP_USER, SMTP_PASSWORD, exc)
        raise
    except smtplib.SMTPException as exc:
        log.error("SMTP error for %s on %s: %s", SMTP_USER, SMTP_HOST, exc)
        raise


def check_config() -> None:
    if not SMTP_PASSWORD:
        raise RuntimeError(f"SMTP_PASSWORD empty: {SMTP_PASSWORD!r}")
    log.debug("smtp password length %d", len(SMTP_PASSWORD))
