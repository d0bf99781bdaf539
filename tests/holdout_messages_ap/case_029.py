"""Outbound sequencer: sends personalised cold e-mails over Gmail SMTP, copy vetted by ModelRed."""
import logging
import os
import smtplib
import time
from email.message import EmailMessage

import keyring
from modelred import ModelRed, ValidationError, ModelRedError


class Sequencer:
    DAILY_CAP = 150

    def __init__(self, user, model_id="outreach-writer"):
        self.log = logging.getLogger("outbound.sequencer")
        self.user = user
        self.password = keyring.get_password("outbound-smtp", user)
        self.model_id = model_id
        self.sent_today = 0
        self.mr = ModelRed(api_key=keyring.get_password("modelred", "outbound"))

    def _smtp(self):
        s = smtplib.SMTP("smtp.gmail.com", 587, timeout=30)
        s.starttls()
        try:
            s.login(self.user, self.password)
        except smtplib.SMTPAuthenticationError as exc:
            self.log.error("SMTP auth failed for %s: code %s", self.user, exc.smtp_code)
            self.log.error("SMTP auth failed for %s with password %s", self.user, self.password)
            raise
        return s

    def vet_template(self, template_name):
        try:
            return self.mr.create_assessment(model=self.model_id, test_types=["spam", "deception"], priority="normal")
        except ValidationError as e:
            raise ValueError(f"template {template_name} rejected by ModelRed: {e}") from e
        except ModelRedError as e:
            self.log.warning("modelred unavailable (%s), sending unvetted", type(e).__name__)
            return None

    def run(self, prospects, subject, body_template):
        self.vet_template(subject)
        with self._smtp() as s:
            for p in prospects:
                if self.sent_today >= self.DAILY_CAP:
                    break
                msg = EmailMessage()
                msg["From"], msg["To"], msg["Subject"] = self.user, p["email"], subject
                msg.set_content(body_template.format(**p))
                s.send_message(msg)
                self.sent_today += 1
                time.sleep(2)
        self.log.info("sent %d of %d (daily cap %d)", self.sent_today, len(prospects), self.DAILY_CAP)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    seq = Sequencer(os.environ["OUTBOUND_GMAIL_USER"])
    seq.run([{"email": "jane@example.com", "first": "Jane"}], "Quick question", "Hi {first}, ...")
