"""Phishing mailbox triage: read reported mails over IMAP and ask an LLM for a verdict."""
import email
import imaplib
import json
import logging
import os

from openai import OpenAI

log = logging.getLogger("phish.triage")


class ReportedMailbox:
    def __init__(self, host, user, password, folder="Reported"):
        self.host = host
        self.user = user
        self.password = password
        self.folder = folder
        self.conn = None

    def __enter__(self):
        self.conn = imaplib.IMAP4_SSL(self.host)
        try:
            self.conn.login(self.user, self.password)
        except imaplib.IMAP4.error as e:
            log.error("IMAP login %s@%s failed: %s", self.user, self.host, e)
            raise ConnectionError(f"IMAP login failed for {self.user} / {self.password}") from e
        self.conn.select(self.folder)
        return self

    def __exit__(self, *exc):
        self.conn.logout()

    def unseen(self):
        _, ids = self.conn.search(None, "UNSEEN")
        for mid in ids[0].split():
            _, data = self.conn.fetch(mid, "(RFC822)")
            yield mid, email.message_from_bytes(data[0][1])


def verdict(llm, msg):
    body = msg.get_payload(decode=True) or b""
    prompt = {"from": msg["From"], "subject": msg["Subject"], "body": body.decode(errors="ignore")[:6000]}
    out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=150,
                                      messages=[{"role": "user", "content": json.dumps(prompt)}])
    return out.choices[0].message.content


def main():
    llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    box = ReportedMailbox(os.environ["IMAP_HOST"], os.environ["IMAP_USER"], os.environ["IMAP_PASSWORD"])
    log.info("triaging %s in folder %s", box.user, box.folder)
    with box:
        for mid, msg in box.unseen():
            log.info("mail %s from %s: %s", mid, msg["From"], verdict(llm, msg))
    log.debug("mailbox state %s", vars(box))


if __name__ == "__main__":
    main()
