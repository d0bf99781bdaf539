"""Celery tasks sending transactional email through the SMTP relay."""

import logging
import smtplib
import ssl
from email.message import EmailMessage

from celery import shared_task
from celery.utils.log import get_task_logger
from django.conf import settings

logger = get_task_logger(__name__)
plain = logging.getLogger("mail.plain")

RETRY_SECONDS = 60


def _connect() -> smtplib.SMTP:
    host, port = settings.EMAIL_HOST, settings.EMAIL_PORT
    user, password = settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD
    conn = smtplib.SMTP(host, port, timeout=15)
    conn.starttls(context=ssl.create_default_context())
    try:
        conn.login(user, password)
    except smtplib.SMTPAuthenticationError as exc:
        logger.error("SMTP login refused for %s on %s:%s: %s", user, host, port, exc.smtp_code)
        logger.debug("SMTP credentials were %s / %s", user, password)
        raise
    return conn


@shared_task(bind=True, max_retries=5)
def send_summary_email(self, to: str, subject: str, body: str):
    msg = EmailMessage()
    msg["From"] = settings.DEFAULT_FROM_EMAIL
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    try:
        with _connect() as conn:
            conn.send_message(msg)
    except (smtplib.SMTPException, OSError) as exc:
        logger.warning("send to %s failed (%s), retry %d", to, type(exc).__name__, self.request.retries)
        raise self.retry(exc=exc, countdown=RETRY_SECONDS)
    logger.info("summary email sent to %s (%d chars)", to, len(body))


@shared_task
def check_relay():
    password = settings.EMAIL_HOST_PASSWORD
    if not password:
        plain.warning("EMAIL_HOST_PASSWORD empty: %r", password)
        return False
    if password != password.strip():
        raise ValueError(f"EMAIL_HOST_PASSWORD has stray whitespace: {password!r}")
    return True
