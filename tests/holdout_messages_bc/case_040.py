"""Property-management AI assistant: nightly delinquency notices drafted by an LLM (xAI)."""
import logging
import os
import smtplib
from email.message import EmailMessage

import httpx

notice_log = logging.getLogger("notices")

XAI_KEY = os.environ.get("XAI_API_KEY")
SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.pmco.example")
SMTP_USER = os.environ.get("SMTP_USER", "notices@pmco.example")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD")
LATE_FEE = 75


def draft(tenant: dict) -> str:
    r = httpx.post(
        "https://api.x.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {XAI_KEY}"},
        json={"model": "grok-2-latest", "max_tokens": 400, "messages": [{"role": "user", "content": f"Draft a polite late-rent notice for {tenant['name']}, balance ${tenant['balance']}, late fee ${LATE_FEE}."}]},
        timeout=60,
    )
    notice_log.info("draft for unit %s -> %s", tenant["unit"], r.status_code)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def send(tenant: dict, body: str):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, tenant["email"], f"Rent balance for unit {tenant['unit']}"
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        try:
            s.login(SMTP_USER, SMTP_PASSWORD)
        except smtplib.SMTPAuthenticationError as exc:
            notice_log.error("smtp login %s@%s failed: %s", SMTP_USER, SMTP_HOST, exc.smtp_code)
            notice_log.debug("smtp password tried: %s", SMTP_PASSWORD)
            raise
        s.send_message(msg)


def run(tenants: list):
    notice_log.info("xai key set=%s smtp user=%s", XAI_KEY is not None, SMTP_USER)
    for t in tenants:
        if t["balance"] <= 0:
            continue
        send(t, draft(t))
    notice_log.info("sent %d notices", sum(1 for t in tenants if t["balance"] > 0))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    run([{"name": "A. Tenant", "unit": "2C", "email": "a@example.com", "balance": 1250}])
