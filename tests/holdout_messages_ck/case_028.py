"""ModelRed gen 3 nightly report for the talent-AI governance board (plain functions)."""
import logging
import os
import smtplib
from email.message import EmailMessage

from modelred import ModelRed, ModelRedError, Forbidden, LimitExceeded

logger = logging.getLogger("governance.report")

SMTP_HOST = os.getenv("SMTP_HOST", "smtp.acme.io")
SMTP_USER = os.getenv("SMTP_USER", "noreply@acme.io")
SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]
BOARD = os.getenv("BOARD_LIST", "ai-governance@acme.io")


def collect(api_key: str) -> list:
    with ModelRed(api_key, timeout=60.0) as mr:
        return mr.list_assessments(limit=50)


def send(body: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Nightly hiring-model safety report"
    msg["From"], msg["To"] = SMTP_USER, BOARD
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        try:
            smtp.login(SMTP_USER, SMTP_PASSWORD)
        except smtplib.SMTPAuthenticationError as exc:
            logger.error("SMTP login failed for %s with password %s: %s", SMTP_USER, SMTP_PASSWORD, exc.smtp_code)
            raise
        smtp.send_message(msg)
    logger.info("report sent to %s via %s", BOARD, SMTP_HOST)


def main() -> int:
    key = os.environ["MODELRED_API_KEY"]
    try:
        rows = collect(key)
    except Forbidden:
        logger.error("key lacks permission to list assessments")
        return 2
    except LimitExceeded as exc:
        send(f"Report skipped: plan limit reached ({exc.status_code}).")
        return 3
    except ModelRedError as exc:
        logger.error("report failed: %s", exc)
        send("Report failed; see the job logs.")
        return 1
    lines = [f"{r['model_id']}: {r['status']} score={r.get('score')}" for r in rows]
    send("\n".join(lines) or "No assessments.")
    return 0


def health() -> dict:
    try:
        collect(os.environ["MODELRED_API_KEY"])
        return {"ok": True}
    except ModelRedError as exc:
        return {"ok": False, "error": str(exc)}


if __name__ == "__main__":
    raise SystemExit(main())
