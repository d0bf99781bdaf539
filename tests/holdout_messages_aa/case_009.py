"""Inbox assistant: polls an IMAP mailbox and drafts replies with Claude."""
import email
import imaplib
import logging
import os
import time
from email.header import decode_header

import anthropic

log = logging.getLogger("inbox")

IMAP_HOST = os.environ.get("IMAP_HOST", "imap.fastmail.com")
IMAP_USER = os.environ["IMAP_USER"]
IMAP_PASSWORD = os.environ["IMAP_APP_PASSWORD"]
claude = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])


def connect() -> imaplib.IMAP4_SSL:
    box = imaplib.IMAP4_SSL(IMAP_HOST)
    try:
        box.login(IMAP_USER, IMAP_PASSWORD)
    except imaplib.IMAP4.error as exc:
        log.error("imap login to %s as %s failed: %s", IMAP_HOST, IMAP_USER, exc)
        raise ConnectionError(f"IMAP login failed for {IMAP_USER}:{IMAP_PASSWORD}@{IMAP_HOST}") from exc
    return box


def subject_of(msg: email.message.Message) -> str:
    raw, enc = decode_header(msg.get("Subject", ""))[0]
    return raw.decode(enc or "utf-8") if isinstance(raw, bytes) else raw


def draft(msg: email.message.Message) -> str:
    body = msg.get_payload(decode=True) or b""
    out = claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=600,
        messages=[{"role": "user", "content": f"Draft a polite reply to:\n{body.decode(errors='ignore')[:4000]}"}],
    )
    log.info("draft used %d input / %d output tokens", out.usage.input_tokens, out.usage.output_tokens)
    return out.content[0].text


def poll_once(box: imaplib.IMAP4_SSL) -> int:
    box.select("INBOX")
    _, ids = box.search(None, "UNSEEN")
    n = 0
    for num in ids[0].split():
        _, data = box.fetch(num, "(RFC822)")
        msg = email.message_from_bytes(data[0][1])
        log.info("drafting reply to %r", subject_of(msg))
        box.append("Drafts", "", imaplib.Time2Internaldate(time.time()), draft(msg).encode())
        n += 1
    return n


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("polling %s as %s every 60s", IMAP_HOST, IMAP_USER)
    while True:
        with connect() as mailbox:
            log.info("drafted %d replies", poll_once(mailbox))
        time.sleep(60)
