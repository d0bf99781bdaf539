import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

logger = logging.getLogger("notify.adjusters")

SMTP_HOST = os.getenv("SMTP_HOST", "smtp.office365.com")
SMTP_PORT = int(os.getenv("SMTP_PORT", "587"))
SMTP_USER = os.getenv("SMTP_USER", "claims-noreply@example-insurer.com")
SMTP_PASSWORD_ENV = "SMTP_PASSWORD"


def smtp_password() -> str:
    pw = os.environ.get(SMTP_PASSWORD_ENV)
    if pw is None:
        raise KeyError(f"{SMTP_PASSWORD_ENV} not set")
    return pw


def send_assignment(adjuster_email: str, claim_no: str, summary: str) -> None:
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = adjuster_email
    msg["Subject"] = f"New claim assigned: {claim_no}"
    msg.set_content(summary)
    password = smtp_password()
    ctx = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as s:
        s.starttls(context=ctx)
        try:
            s.login(SMTP_USER, password)
        except smtplib.SMTPAuthenticationError as e:
            logger.error("SMTP login failed for %s: %s %s", SMTP_USER, e.smtp_code, e.smtp_error)
            raise ConnectionRefusedError("SMTP login failed for %s with password %s" % (SMTP_USER, password)) from e
        s.send_message(msg)
    logger.info("assignment mail for %s sent to %s", claim_no, adjuster_email)


def preview(claim_no: str, summary: str) -> None:
    print(f"--- preview for {claim_no} via {SMTP_HOST}:{SMTP_PORT} ---")
    print(summary)
    print(f"(would log in as {SMTP_USER} using env {SMTP_PASSWORD_ENV})")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if os.environ.get("MAIL_DRY_RUN"):
        preview("PR-11873", "Kitchen fire, contents loss, ALE needed.")
        logger.info("dry run; password would be %s", smtp_password())
    else:
        send_assignment("j.doe@example-insurer.com", "PR-11873", "Kitchen fire, contents loss, ALE needed.")
