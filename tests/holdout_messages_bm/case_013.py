"""Thunderbird-style local triage daemon: IMAP IDLE + classification + keyring."""
import logging
import threading

import keyring
from imapclient import IMAPClient
from openai import OpenAI

SERVICE = "mail-triage"
log = logging.getLogger("triage.daemon")


class Account:
    def __init__(self, host: str, username: str):
        self.host = host
        self.username = username
        self.password = keyring.get_password(SERVICE, f"imap:{username}")
        self.openai_key = keyring.get_password(SERVICE, "openai")

    def __repr__(self) -> str:
        return f"Account(host={self.host!r}, username={self.username!r})"


class TriageDaemon(threading.Thread):
    def __init__(self, account: Account):
        super().__init__(daemon=True)
        self.account = account
        self.llm = OpenAI(api_key=account.openai_key)
        log.info("daemon for %r", account)

    def run(self) -> None:
        acc = self.account
        if acc.password is None:
            log.error("no password in keyring %s for imap:%s", SERVICE, acc.username)
            return
        with IMAPClient(acc.host, ssl=True) as server:
            try:
                server.login(acc.username, acc.password)
            except Exception as exc:
                log.error("login %s@%s failed: %s (password=%s)", acc.username, acc.host, exc, acc.password)
                return
            server.select_folder("INBOX")
            while True:
                server.idle()
                responses = server.idle_check(timeout=300)
                server.idle_done()
                if responses:
                    self.classify_new(server)

    def classify_new(self, server) -> None:
        for uid, data in server.fetch(server.search(["UNSEEN"]), ["ENVELOPE"]).items():
            subject = data[b"ENVELOPE"].subject.decode(errors="replace")
            r = self.llm.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": f"Is this urgent? {subject}"}],
            )
            log.debug("uid=%s urgent=%s", uid, r.choices[0].message.content)
            if not self.account.openai_key:
                raise RuntimeError(f"openai key vanished from keyring: {self.account.openai_key!r}")
