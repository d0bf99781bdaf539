"""Email intake for red-team requests: product teams mail redteam@, we start a run and reply."""
import email
import imaplib
import logging
import os
import smtplib
from email.message import EmailMessage
from email.utils import parseaddr

from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError

log = logging.getLogger("intake")
IMAP_HOST, SMTP_HOST = os.environ["INTAKE_IMAP"], os.environ["INTAKE_SMTP"]
USER, PASSWORD = os.environ["INTAKE_USER"], os.environ["INTAKE_PASSWORD"]
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])


def send_mail(to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = USER, to, subject
    msg.set_content(body)
    with smtplib.SMTP_SSL(SMTP_HOST) as s:
        s.login(USER, PASSWORD)
        s.send_message(msg)


def handle(raw: bytes) -> None:
    msg = email.message_from_bytes(raw)
    sender = parseaddr(msg["From"])[1]
    model = (msg["Subject"] or "").removeprefix("redteam:").strip()
    log.info("request from %s for model %r", sender, model)
    try:
        job = mr.create_assessment(model=model, test_types=["jailbreak", "prompt_injection"])
    except NotFoundError:
        send_mail(sender, f"Re: {msg['Subject']}", f"There is no registered model called {model!r}.")
        return
    except RateLimitError as e:
        log.warning("rate limited for %s: %s", sender, e)
        send_mail(sender, f"Re: {msg['Subject']}", "We are at capacity; your request will be retried tonight.")
        return
    except ModelRedError as e:
        send_mail(sender, f"Re: {msg['Subject']}", f"Your red-team request failed:\n\n{e}")
        return
    send_mail(sender, f"Re: {msg['Subject']}", f"Started assessment {job['id']} on {model}.")


def poll() -> None:
    box = imaplib.IMAP4_SSL(IMAP_HOST)
    box.login(USER, PASSWORD)
    box.select("INBOX")
    _, ids = box.search(None, "UNSEEN", 'SUBJECT "redteam:"')
    log.info("%d new requests in %s for %s", len(ids[0].split()), IMAP_HOST, USER)
    for num in ids[0].split():
        _, data = box.fetch(num, "(RFC822)")
        handle(data[0][1])
    box.logout()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("intake mailbox %s password %s", USER, PASSWORD)
    poll()
