# rq worker job: daily email digest of what the team bot answered in Slack
import logging
import os
import smtplib
from email.message import EmailMessage

from redis import Redis
from rq import Queue

logger = logging.getLogger("digest")
q = Queue("digests", connection=Redis.from_url(os.environ.get("RQ_REDIS_URL", "redis://localhost:6379/3")))

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.sendgrid.net")
SMTP_USER = os.environ.get("SMTP_USER", "apikey")
SMTP_PASS = os.environ["SENDGRID_API_KEY"]
FROM = "teambot@example.com"


def smtp_session() -> smtplib.SMTP:
    smtp_kwargs = {"host": SMTP_HOST, "port": 587, "user": SMTP_USER, "password": SMTP_PASS}
    logger.info("smtp to %s:%s as %s", smtp_kwargs["host"], smtp_kwargs["port"], smtp_kwargs["user"])
    logger.debug("smtp settings %r", smtp_kwargs)
    s = smtplib.SMTP(SMTP_HOST, 587, timeout=30)
    s.starttls()
    try:
        s.login(SMTP_USER, SMTP_PASS)
    except smtplib.SMTPAuthenticationError as e:
        logger.error("smtp auth failed: %s %s", e.smtp_code, e.smtp_error)
        raise RuntimeError(f"SendGrid login failed for {SMTP_USER} with {SMTP_PASS}") from e
    return s


def send_digest(to: str, team_id: str, answers: list[dict]) -> int:
    msg = EmailMessage()
    msg["Subject"] = f"Team bot digest for {team_id}: {len(answers)} answers"
    msg["From"] = FROM
    msg["To"] = to
    total_tokens = sum(a.get("tokens", 0) for a in answers)
    body = "\n\n".join(f"Q: {a['q']}\nA: {a['a']}" for a in answers)
    msg.set_content(body + f"\n\n{total_tokens} tokens used.")
    with smtp_session() as s:
        s.send_message(msg)
    logger.info("digest sent to %s for %s (%d answers, %d tokens)", to, team_id, len(answers), total_tokens)
    return len(answers)


def enqueue_all(teams: dict[str, str]) -> None:
    for team_id, to in teams.items():
        job = q.enqueue(send_digest, to, team_id, [], job_timeout=120)
        logger.info("queued %s for %s", job.id, team_id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    enqueue_all({"T01ABCDEF": "eng-leads@example.com"})
