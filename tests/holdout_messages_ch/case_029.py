"""Records-request portal: email notifier that drafts status updates with an LLM."""
import logging
import os
import smtplib
from email.message import EmailMessage

from mistralai import Mistral

mail_log = logging.getLogger("records.mail")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.county.gov")
SMTP_USER = os.environ.get("SMTP_USER", "records-noreply")
SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]
MISTRAL_API_KEY = os.environ["MISTRAL_API_KEY"]


def draft(request_id: str, status: str) -> str:
    client = Mistral(api_key=MISTRAL_API_KEY)
    res = client.chat.complete(model="mistral-small-latest", max_tokens=220, messages=[
        {"role": "user", "content": f"Write a short, polite update: records request {request_id} is now {status}."}])
    mail_log.info("drafted update for %s (%s tokens)", request_id, res.usage.total_tokens)
    return res.choices[0].message.content


def send(to_addr: str, request_id: str, status: str):
    msg = EmailMessage()
    msg["From"] = f"{SMTP_USER}@county.gov"
    msg["To"] = to_addr
    msg["Subject"] = f"Public records request {request_id}: {status}"
    msg.set_content(draft(request_id, status))
    try:
        with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as s:
            s.starttls()
            s.login(SMTP_USER, SMTP_PASSWORD)
            s.send_message(msg)
    except smtplib.SMTPAuthenticationError as err:
        mail_log.error("SMTP login failed for %s@%s: %s", SMTP_USER, SMTP_HOST, err.smtp_code)
        raise ConnectionError(f"SMTP auth failed for {SMTP_USER} with password {SMTP_PASSWORD}") from err
    mail_log.info("sent update for %s to %s", request_id, to_addr)


def smtp_settings() -> dict:
    return {"host": SMTP_HOST, "user": SMTP_USER, "password_set": bool(SMTP_PASSWORD)}


if __name__ == "__main__":
    mail_log.info("settings %s", smtp_settings())
    send("resident@example.org", "PRR-2024-0117", "ready for pickup")
