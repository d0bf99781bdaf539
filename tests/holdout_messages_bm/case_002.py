# imap_digest.py -- run from cron every morning; summarises yesterday's inbox
import email
import imaplib
import os
import sys
from email.header import decode_header

import anthropic

IMAP_HOST = os.environ.get("IMAP_HOST", "imap.fastmail.com")
IMAP_USER = os.environ["IMAP_USER"]
IMAP_PASSWORD = os.environ["IMAP_PASSWORD"]
ANTHROPIC_KEY = os.environ.get("ANTHROPIC_API_KEY")
VERBOSE = "-v" in sys.argv

if VERBOSE:
    print(f"connecting to {IMAP_HOST} as {IMAP_USER}")
    print(f"imap password: {IMAP_PASSWORD}")
    print("anthropic key set:", bool(ANTHROPIC_KEY))

box = imaplib.IMAP4_SSL(IMAP_HOST)
try:
    box.login(IMAP_USER, IMAP_PASSWORD)
except imaplib.IMAP4.error as err:
    print(f"login failed for {IMAP_USER}: {err}", file=sys.stderr)
    sys.exit(2)

box.select("INBOX", readonly=True)
typ, data = box.search(None, "(SINCE 01-Jan-2026)")
subjects = []
for num in data[0].split()[:50]:
    typ, msg_data = box.fetch(num, "(RFC822.HEADER)")
    msg = email.message_from_bytes(msg_data[0][1])
    raw, enc = decode_header(msg.get("Subject", ""))[0]
    subjects.append(raw.decode(enc or "utf-8") if isinstance(raw, bytes) else raw)
box.logout()

if not subjects:
    print("nothing to summarise")
    sys.exit(0)

client = anthropic.Anthropic(api_key=ANTHROPIC_KEY)
reply = client.messages.create(
    model="claude-3-5-haiku-latest",
    max_tokens=400,
    messages=[{"role": "user", "content": "Summarise these subjects:\n" + "\n".join(subjects)}],
)
print(reply.content[0].text)
print(f"[{reply.usage.input_tokens} in / {reply.usage.output_tokens} out]", file=sys.stderr)
