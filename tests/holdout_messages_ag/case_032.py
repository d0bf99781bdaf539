"""Accounts-payable invoice intake: email attachments -> LLM extraction; IMAP creds from config."""
import configparser
import email
import imaplib
import logging
import os

from openai import OpenAI

log = logging.getLogger("ap.intake")

CONFIG_PATH = os.environ.get("AP_CONFIG", "/etc/ap-intake/ap.ini")
cfg = configparser.ConfigParser()
cfg.read(CONFIG_PATH)

IMAP_HOST = cfg.get("imap", "host")
IMAP_USER = cfg.get("imap", "user")
IMAP_PASSWORD = cfg.get("imap", "password")
OPENAI_KEY = cfg.get("openai", "api_key", fallback=os.environ.get("OPENAI_API_KEY"))
log.info("ap intake config %s sections=%s imap=%s user=%s", CONFIG_PATH, cfg.sections(), IMAP_HOST, IMAP_USER)


def connect() -> imaplib.IMAP4_SSL:
    box = imaplib.IMAP4_SSL(IMAP_HOST)
    try:
        box.login(IMAP_USER, IMAP_PASSWORD)
    except imaplib.IMAP4.error as exc:
        raise ConnectionError(f"IMAP login failed for {IMAP_USER}: {exc}") from exc
    return box


def extract(pdf_text: str) -> str:
    client = OpenAI(api_key=OPENAI_KEY)
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=400, response_format={"type": "json_object"},
        messages=[{"role": "user", "content": "Extract vendor, invoice number, total, due date as JSON:\n" + pdf_text}])
    return out.choices[0].message.content


def poll() -> int:
    box = connect()
    box.select("INBOX")
    _, ids = box.search(None, "UNSEEN")
    count = 0
    for num in ids[0].split():
        _, data = box.fetch(num, "(RFC822)")
        msg = email.message_from_bytes(data[0][1])
        for part in msg.walk():
            if part.get_content_type() == "application/pdf":
                count += 1
                log.info("invoice attachment %s from %s", part.get_filename(), msg["From"])
    box.logout()
    return count


if __name__ == "__main__":
    if os.environ.get("AP_DEBUG"):
        print("imap section:", dict(cfg["imap"]))
    if OPENAI_KEY and not OPENAI_KEY.startswith("sk-"):
        raise ValueError("openai.api_key in %s is not an OpenAI key: %s" % (CONFIG_PATH, OPENAI_KEY))
    print(poll(), "invoices queued")
