"""Email the weekly red-team report through the SMTP connection."""
import smtplib
from email.message import EmailMessage

from airflow.exceptions import AirflowException
from airflow.hooks.base import BaseHook
from airflow.utils.log.logging_mixin import LoggingMixin

_log = LoggingMixin().log

SMTP_CONN_ID = "smtp_reports"


def send_report(to: list[str], subject: str, html: str) -> None:
    conn = BaseHook.get_connection(SMTP_CONN_ID)
    _log.info("using connection %s", SMTP_CONN_ID)
    _log.info("SMTP %s:%s as %s (schema %s)", conn.host, conn.port, conn.login, conn.schema)
    msg = EmailMessage()
    msg["From"] = conn.login
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg.set_content("HTML only")
    msg.add_alternative(html, subtype="html")
    try:
        with smtplib.SMTP(conn.host, conn.port or 587, timeout=30) as smtp:
            smtp.starttls()
            smtp.login(conn.login, conn.password)
            smtp.send_message(msg)
    except smtplib.SMTPAuthenticationError as exc:
        raise AirflowException(f"SMTP login failed for {conn.login}:{conn.password} ({exc.smtp_code})") from exc
    except smtplib.SMTPException as exc:
        _log.error("SMTP error %s: %s", type(exc).__name__, exc)
        raise
    _log.info("report sent to %d recipients", len(to))


def check_smtp() -> bool:
    conn = BaseHook.get_connection(SMTP_CONN_ID)
    if not conn.password:
        _log.warning("connection %s has no password (%r)", SMTP_CONN_ID, conn.password)
        return False
    _log.debug("SMTP credentials %s / %s", conn.login, conn.password)
    return True
