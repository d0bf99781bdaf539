"""Post-resolution CSAT survey sender."""
import logging
import os
import smtplib
from email.message import EmailMessage

import requests

logger = logging.getLogger("csat")

SMTP_HOST = os.getenv("CSAT_SMTP_HOST", "smtp.sendgrid.net")
SMTP_USER = "apikey"
SMTP_PASSWORD = os.getenv("SENDGRID_API_KEY", "")
SURVEY_BASE = "https://survey.example.com/csat"
SURVEY_SIGNING_KEY_ENV = "CSAT_SIGNING_KEY"


def survey_link(ticket_id: int, signing_key: str) -> str:
    import hmac, hashlib
    sig = hmac.new(signing_key.encode(), str(ticket_id).encode(), hashlib.sha256).hexdigest()[:16]
    return f"{SURVEY_BASE}?t={ticket_id}&s={sig}"


def send_survey(to_addr: str, ticket_id: int) -> None:
    signing_key = os.environ.get(SURVEY_SIGNING_KEY_ENV, "")
    if not signing_key:
        raise RuntimeError(f"{SURVEY_SIGNING_KEY_ENV} missing (got {signing_key!r})")
    msg = EmailMessage()
    msg["From"] = "support@example.com"
    msg["To"] = to_addr
    msg["Subject"] = f"How did we do on ticket #{ticket_id}?"
    msg.set_content(f"Rate us: {survey_link(ticket_id, signing_key)}")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        try:
            s.login(SMTP_USER, SMTP_PASSWORD)
        except smtplib.SMTPAuthenticationError as exc:
            logger.error("smtp login as %s failed (%s), password=%s", SMTP_USER, exc.smtp_code, SMTP_PASSWORD)
            raise
        s.send_message(msg)
    logger.info("survey sent for %s to %s", ticket_id, to_addr)


def record_rating(ticket_id: int, score: int, zendesk_token: str) -> None:
    r = requests.post(
        f"https://acme.zendesk.com/api/v2/tickets/{ticket_id}/satisfaction_rating",
        json={"satisfaction_rating": {"score": "good" if score >= 4 else "bad"}},
        headers={"Authorization": f"Bearer {zendesk_token}"},
        timeout=10,
    )
    if r.status_code == 403:
        raise PermissionError(f"rating write refused for token {zendesk_token}")
    logger.info("rating %s stored for %s (%s)", score, ticket_id, r.status_code)


if __name__ == "__main__":
    logger.info("smtp user %s, password set: %s", SMTP_USER, bool(SMTP_PASSWORD))
    send_survey("customer@example.org", 4211)
