"""Class-booking reminders: SendGrid e-mail and an LLM-written nudge."""
import logging
import os
from dataclasses import dataclass

import sendgrid
from sendgrid.helpers.mail import Mail

log = logging.getLogger("booking.reminders")


@dataclass
class MailSettings:
    api_key: str
    sender: str
    template_id: str
    sandbox: bool = False


def load_settings() -> MailSettings:
    return MailSettings(
        api_key=os.environ["SENDGRID_API_KEY"],
        sender=os.environ.get("REMINDER_SENDER", "classes@flexgym.example"),
        template_id=os.environ.get("REMINDER_TEMPLATE", "d-reminder-v2"),
        sandbox=os.environ.get("SENDGRID_SANDBOX") == "1",
    )


class ReminderMailer:
    def __init__(self, settings: MailSettings):
        self.settings = settings
        self.sg = sendgrid.SendGridAPIClient(api_key=settings.api_key)

    def send(self, booking):
        mail = Mail(from_email=self.settings.sender, to_emails=booking["email"])
        mail.template_id = self.settings.template_id
        mail.dynamic_template_data = {"class": booking["class_name"], "start": booking["start"]}
        resp = self.sg.send(mail)
        if resp.status_code >= 300:
            log.error("sendgrid %s for booking %s: %s", resp.status_code, booking["id"], resp.body)
        return resp.status_code

    def describe(self):
        log.info("mailer sender=%s template=%s sandbox=%s", self.settings.sender, self.settings.template_id, self.settings.sandbox)
        log.debug("mailer settings: %s", self.settings)


def send_all(bookings):
    settings = load_settings()
    if not settings.api_key.startswith("SG."):
        raise ValueError(f"SENDGRID_API_KEY should start with SG., got {settings.api_key}")
    mailer = ReminderMailer(settings)
    mailer.describe()
    sent = sum(1 for b in bookings if mailer.send(b) < 300)
    log.info("sent %d of %d reminders", sent, len(bookings))
    return sent
