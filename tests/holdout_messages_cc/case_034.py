"""Assessment report emailer for department heads (ModelRed generation 2, sync client alias)."""
import logging
import os
import smtplib
from email.message import EmailMessage

import modelred as mr

log = logging.getLogger("reports.mailer")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.example.edu")
SMTP_USER = os.environ.get("SMTP_USER", "reports@example.edu")
SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD")


def fetch_report(assessment_id: str) -> str:
    client = mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        a = client.get_assessment(assessment_id)
    except mr.NotFoundError:
        return f"Assessment {assessment_id} not found."
    except mr.ModelRedError as e:
        log.error("fetch failed for %s: %s", assessment_id, e)
        return "Report temporarily unavailable."
    return f"Model {a.get('model')} scored {a.get('score')} ({a.get('status')})."


def send(to: str, assessment_id: str):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, f"Safety report {assessment_id}"
    msg.set_content(fetch_report(assessment_id))
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        try:
            s.login(SMTP_USER, SMTP_PASSWORD)
        except smtplib.SMTPAuthenticationError as exc:
            log.error("SMTP login %s failed (%s)", SMTP_USER, exc.smtp_code)
            raise RuntimeError(f"SMTP login failed for {SMTP_USER}:{SMTP_PASSWORD}") from exc
        s.send_message(msg)
    log.info("report %s sent to %s via %s", assessment_id, to, SMTP_HOST)


def preview(assessment_id: str) -> dict:
    client = mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        return {"ok": True, "report": client.get_assessment(assessment_id)}
    except mr.ModelRedError as e:
        return {"ok": False, "message": e.message if hasattr(e, "message") else str(e)}


if __name__ == "__main__":
    import sys
    log.info("smtp password present: %s", SMTP_PASSWORD is not None)
    send(sys.argv[1], sys.argv[2])
