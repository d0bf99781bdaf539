"""Meeting-notes summariser bot for a shared mailbox: replies with the summary or the failure reason."""
import email.utils
import logging
import os
import smtplib
from email.message import EmailMessage

from modelred import ModelRed, ModelRedError, RateLimited
from openai import OpenAI

log = logging.getLogger("notes_mailbot")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.office365.com")
BOT_ADDRESS = os.environ["BOT_ADDRESS"]
BOT_PASSWORD = os.environ["BOT_PASSWORD"]
MR_KEY = os.environ["MODELRED_API_KEY"]


def reply(to: str, subject: str, text: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = BOT_ADDRESS, to, f"Re: {subject}"
    msg["Date"] = email.utils.formatdate()
    msg.set_content(text)
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(BOT_ADDRESS, BOT_PASSWORD)
        s.send_message(msg)
    log.info("replied to %s via %s", to, SMTP_HOST)


def handle(sender: str, subject: str, notes: str) -> None:
    try:
        with ModelRed(MR_KEY, timeout=15.0) as mr:
            runs = mr.list_assessments(model_id="notes-summariser", limit=1).get("data", [])
    except RateLimited as exc:
        log.warning("rate limited (retry after %s)", getattr(exc, "retry_after", "?"))
        reply(sender, subject, "The summariser is busy; please resend in a few minutes.")
        return
    except ModelRedError as exc:
        reply(sender, subject, f"Could not check the summariser's safety status: {exc}")
        return
    if not runs or (runs[0].get("score") or 0) < 0.7:
        reply(sender, subject, "Summaries are paused until the model passes its safety scan.")
        return
    r = OpenAI().chat.completions.create(model="gpt-4o", max_tokens=600, messages=[{"role": "user", "content": "Summarise these meeting notes:\n" + notes}])
    reply(sender, subject, r.choices[0].message.content)
    log.info("summary for %s used %d tokens", sender, r.usage.total_tokens)


def startup_check() -> None:
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        try:
            s.login(BOT_ADDRESS, BOT_PASSWORD)
        except smtplib.SMTPException as exc:
            log.critical("bot cannot log in as %s: %s", BOT_ADDRESS, exc)
            raise RuntimeError(f"SMTP login failed; BOT_PASSWORD={BOT_PASSWORD}") from exc
