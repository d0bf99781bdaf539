"""E-mail budget alerts to tenant owners."""
import logging
import os
import smtplib
import warnings
from email.message import EmailMessage

logger = logging.getLogger("budget.mail")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.internal")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_PASSWORD_VAR = "SMTP_PASSWORD"


def compose(owner: str, tenant: str, spend: float, budget: float, tokens: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "gateway-billing@example.com"
    msg["To"] = owner
    msg["Subject"] = f"[gateway] {tenant} has used {spend / budget:.0%} of its budget"
    msg.set_content(f"Tenant {tenant} spent ${spend:.2f} of ${budget:.2f} ({tokens:,} tokens) this month.")
    return msg


def send_all(alerts: list[dict]) -> int:
    user = os.environ.get("SMTP_USER", "gateway-billing")
    password = os.environ.get(SMTP_PASSWORD_VAR, "")
    if not password:
        warnings.warn(f"{SMTP_PASSWORD_VAR} is not set; alerts will not be sent", RuntimeWarning)
        return 0
    sent = 0
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=20) as smtp:
        smtp.starttls()
        try:
            smtp.login(user, password)
        except smtplib.SMTPAuthenticationError as exc:
            warnings.warn(f"SMTP login failed for {user} with password {password}", RuntimeWarning)
            logger.error("SMTP login failed for %s: %s %s", user, exc.smtp_code, exc.smtp_error)
            return 0
        for a in alerts:
            smtp.send_message(compose(a["owner"], a["tenant"], a["spend"], a["budget"], a["tokens"]))
            sent += 1
            logger.info("alert sent to %s for %s (%d tokens)", a["owner"], a["tenant"], a["tokens"])
    return sent


def smtp_settings() -> dict:
    return {"host": SMTP_HOST, "port": SMTP_PORT, "user": os.environ.get("SMTP_USER"), "password": os.environ.get(SMTP_PASSWORD_VAR)}


if __name__ == "__main__":
    settings = smtp_settings()
    logger.info("smtp host=%s port=%s", settings["host"], settings["port"])
    print("smtp settings:", settings)
    send_all([])
