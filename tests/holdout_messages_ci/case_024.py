"""Investor report generator (monthly owner statements narrated by an LLM)."""
import logging
import os
import smtplib
from email.message import EmailMessage

from jinja2 import Template
from openai import OpenAI

logger = logging.getLogger("owner_reports")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.sendgrid.net")
SMTP_USER = os.environ.get("SMTP_USER", "apikey")
SMTP_PASSWORD = os.environ["SENDGRID_API_KEY"]
ai = OpenAI()

TEMPLATE = Template("Dear {{ owner }},\n\n{{ narrative }}\n\nNet to owner: ${{ net }}\n")


def narrate(stmt: dict) -> str:
    r = ai.chat.completions.create(
        model="gpt-4o-mini", max_tokens=350,
        messages=[{"role": "user", "content": f"Summarise this owner statement in 3 sentences: {stmt}"}],
    )
    return r.choices[0].message.content


def send(owner_email: str, owner: str, stmt: dict) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Owner statement {stmt['period']}"
    msg["From"] = "statements@oakview-pm.example"
    msg["To"] = owner_email
    msg.set_content(TEMPLATE.render(owner=owner, narrative=narrate(stmt), net=stmt["net"]))
    try:
        with smtplib.SMTP(SMTP_HOST, 587) as s:
            s.starttls()
            s.login(SMTP_USER, SMTP_PASSWORD)
            s.send_message(msg)
    except smtplib.SMTPAuthenticationError as e:
        logger.error("smtp auth failed user=%s code=%s", SMTP_USER, e.smtp_code)
        raise RuntimeError(f"SMTP login failed for {SMTP_USER}:{SMTP_PASSWORD} at {SMTP_HOST}")
    logger.info("statement %s sent to %s", stmt["period"], owner_email)


if __name__ == "__main__":
    logger.info("smtp %s as %s", SMTP_HOST, SMTP_USER)
    send("owner@example.com", "Pat Owner", {"period": "2026-03", "net": "4,210.55", "rent": 5200, "fees": 989.45})
