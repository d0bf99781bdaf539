"""Email the weekly evaluation digest over SMTP."""
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

log = logging.getLogger("digest.mail")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.sendgrid.net")
SMTP_USER = os.environ.get("SMTP_USER", "apikey")
SMTP_PASSWORD = os.environ.get("SENDGRID_API_KEY")
RECIPIENTS = [r for r in os.environ.get("DIGEST_TO", "").split(",") if r]


def build(summary: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"Red-team digest: {summary['passed']}/{summary['total']} passed"
    msg["From"] = "redteam@example.com"
    msg["To"] = ", ".join(RECIPIENTS)
    msg.set_content(
        f"Assessments: {summary['total']}\n"
        f"Tokens used: {summary.get('tokens', 0):,}\n"
        f"Worst model: {summary.get('worst', 'n/a')}\n"
    )
    return msg


def send(summary: dict) -> bool:
    if not SMTP_PASSWORD:
        log.error("SENDGRID_API_KEY missing; digest not sent (value=%r)", SMTP_PASSWORD)
        return False
    msg = build(summary)
    ctx = ssl.create_default_context()
    try:
        with smtplib.SMTP(SMTP_HOST, 587, timeout=20) as smtp:
            smtp.starttls(context=ctx)
            smtp.login(SMTP_USER, SMTP_PASSWORD)
            smtp.send_message(msg)
    except smtplib.SMTPAuthenticationError as exc:
        log.warning("SMTP login failed user=%s password=%s code=%s", SMTP_USER, SMTP_PASSWORD, exc.smtp_code)
        return False
    except smtplib.SMTPException as exc:
        log.warning("SMTP error %s: %s", type(exc).__name__, exc)
        return False
    log.info("digest sent to %d recipients via %s as %s", len(RECIPIENTS), SMTP_HOST, SMTP_USER)
    return True


if __name__ == "__main__":
    ok = send({"passed": 41, "total": 44, "tokens": 1_234_567, "worst": "legacy-bot"})
    print("sent" if ok else "not sent")
