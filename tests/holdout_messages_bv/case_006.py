"""Weekly KPI e-mail: summarises ModelRed results and mails them to leadership."""
import logging
import os
import smtplib
from email.message import EmailMessage

from modelred import ModelRed, ModelRedError

logger = logging.getLogger("kpi_mail")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.office365.com")
SMTP_USER = os.environ.get("SMTP_USER", "reports@example.com")
RECIPIENTS = ["cto@example.com", "risk@example.com"]


def smtp_password() -> str:
    return os.environ["SMTP_PASSWORD"]


def build_body(client) -> str:
    lines = ["Weekly model risk KPIs", ""]
    try:
        data = client.list_assessments(limit=50)
    except ModelRedError as err:
        logger.error("list_assessments failed: %r", err)
        return f"KPI data unavailable this week: {err}"
    done = [a for a in data.get("data", []) if a.get("status") == "COMPLETED"]
    lines.append(f"Completed assessments: {len(done)}")
    return "\n".join(lines)


def send():
    key = os.environ["MODELRED_API_KEY"]
    with ModelRed(key) as client:
        body = build_body(client)
    msg = EmailMessage()
    msg["Subject"] = "Weekly model risk KPIs"
    msg["From"] = SMTP_USER
    msg["To"] = ", ".join(RECIPIENTS)
    msg.set_content(body)
    password = smtp_password()
    logger.info("sending as %s via %s", SMTP_USER, SMTP_HOST)
    try:
        with smtplib.SMTP(SMTP_HOST, 587) as s:
            s.starttls()
            s.login(SMTP_USER, password)
            s.send_message(msg)
    except smtplib.SMTPAuthenticationError as e:
        logger.error("smtp auth failed: %s", e.smtp_code)
        raise RuntimeError(f"SMTP login failed for {SMTP_USER} / {password}") from e
    logger.info("sent to %d recipients", len(RECIPIENTS))


if __name__ == "__main__":
    send()
