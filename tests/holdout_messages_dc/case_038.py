"""Legacy newsletter generator (kept for the old blog funnel); OpenAI key hard-coded by a contractor."""
import logging
import smtplib
from email.message import EmailMessage

from openai import OpenAI

logger = logging.getLogger("legacy.newsletter")

OPENAI_KEY = "sk-0pEj7tTXYyy9ZoNh0s6syMdFUvAev2Vfw67S4O3i8pxV9LUS"
SMTP_HOST = "smtp.mailgun.org"
SMTP_USER = "postmaster@mg.example.com"
SMTP_PASSWORD_ENV = "MAILGUN_SMTP_PASSWORD"
MAX_TOKENS = 900


def write_issue(topics: list[str]) -> str:
    client = OpenAI(api_key=OPENAI_KEY)
    logger.info("writing issue on %d topics (max_tokens=%d)", len(topics), MAX_TOKENS)
    resp = client.chat.completions.create(
        model="gpt-4o",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": "Newsletter covering: " + ", ".join(topics)}],
    )
    logger.debug("openai call with key %s used %d tokens", OPENAI_KEY, resp.usage.total_tokens)
    return resp.choices[0].message.content


def send(html: str, to: list[str], smtp_password: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "This month at Example"
    msg["From"] = SMTP_USER
    msg["To"] = ", ".join(to)
    msg.set_content(html, subtype="html")
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        try:
            smtp.login(SMTP_USER, smtp_password)
        except smtplib.SMTPAuthenticationError as exc:
            logger.error("smtp login failed for %s: %s", SMTP_USER, exc.smtp_code)
            raise
        smtp.send_message(msg)
    logger.info("sent to %d recipients via %s as %s", len(to), SMTP_HOST, SMTP_USER)


if __name__ == "__main__":
    import os
    pw = os.environ.get(SMTP_PASSWORD_ENV, "")
    print(f"{SMTP_PASSWORD_ENV} set: {bool(pw)}")
    send(write_issue(["product updates", "events"]), ["list@example.com"], pw)
