"""IMAP attachment harvester: saves invoices from mail, extracts totals with Claude."""
import configparser
import imaplib
import logging
import email
import pathlib

from anthropic import Anthropic

log = logging.getLogger("invoice_harvest")
CONF = pathlib.Path("/etc/invoice-harvest/harvest.ini")


class Harvester:
    def __init__(self):
        cp = configparser.ConfigParser()
        cp.read(CONF)
        self.imap = cp["imap"]
        self.llm_section = cp["anthropic"]
        self.api_key = self.llm_section["api_key"]
        log.info("ini sections: %s", cp.sections())
        log.info("imap server %s port %s", self.imap.get("host"), self.imap.get("port", "993"))
        self.client = Anthropic(api_key=self.api_key)

    def connect(self) -> imaplib.IMAP4_SSL:
        box = imaplib.IMAP4_SSL(self.imap["host"], int(self.imap.get("port", "993")))
        user, pw = self.imap["user"], self.imap["password"]
        try:
            box.login(user, pw)
        except imaplib.IMAP4.error as e:
            raise ConnectionError(f"IMAP login {user}:{pw}@{self.imap['host']} failed") from e
        log.info("logged in as %s", user)
        return box

    def harvest(self, out_dir: pathlib.Path) -> int:
        box = self.connect()
        box.select("Invoices")
        _, ids = box.search(None, "UNSEEN")
        n = 0
        for num in ids[0].split():
            _, data = box.fetch(num, "(RFC822)")
            msg = email.message_from_bytes(data[0][1])
            for part in msg.walk():
                if part.get_content_type() == "application/pdf":
                    (out_dir / part.get_filename()).write_bytes(part.get_payload(decode=True))
                    n += 1
        log.info("saved %d attachments", n)
        return n

    def dump_llm_config(self) -> None:
        log.debug("anthropic config: %s", dict(self.llm_section))
        log.debug("anthropic model: %s", self.llm_section.get("model", "claude-3-5-haiku-latest"))
