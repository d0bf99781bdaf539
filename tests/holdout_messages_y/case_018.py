"""smtplib notifier used by the LLM usage-alerts job."""
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

log = logging.getLogger("notify.smtp")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.example.com")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "465"))
SMTP_USER = os.environ.get("SMTP_USER", "alerts@example.com")
SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]


def _message(to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def send_usage_alert(to: str, tenant: str, used_tokens: int, limit_tokens: int) -> None:
    pct = 100 * used_tokens / max(limit_tokens, 1)
    body = f"Tenant {tenant} has used {used_tokens:,} of {limit_tokens:,} tokens ({pct:.0f}%)."
    log.info("usage alert for %s: %s/%s tokens", tenant, used_tokens, limit_tokens)
    ctx = ssl.create_default_context()
    try:
        with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=ctx, timeout=20) as smtp:
            smtp.login(SMTP_USER, SMTP_PASSWORD)
            smtp.send_message(_message(to, f"[LLM usage] {tenant} at {pct:.0f}%", body))
    except smtplib.SMTPAuthenticationError as e:
        log.error("SMTP login failed for %s with password %s (code %s)", SMTP_USER, SMTP_PASSWORD, e.smtp_code)
        log.error("server said: %s", e.smtp_error)
        raise RuntimeError(f"cannot log in to {SMTP_HOST} as {SMTP_USER}") from e
    except (smtplib.SMTPException, OSError) as e:
        log.warning("mail to %s not sent: %s", to, e)
        raise


def smoke_test() -> None:
    if not SMTP_PASSWORD:
        raise SystemExit(f"SMTP_PASSWORD is empty ({SMTP_PASSWORD!r})")
    if " " in SMTP_PASSWORD:
        raise SystemExit(f"SMTP_PASSWORD contains a space: {SMTP_PASSWORD}")
    send_usage_alert(SMTP_USER, "smoke-test", 1, 100)
