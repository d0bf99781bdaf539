"""Legal hold notices: e-mail custodians through SendGrid and track acknowledgements."""
import logging
import os
from dataclasses import dataclass

import sendgrid
from sendgrid.helpers.mail import Mail
from python_http_client.exceptions import HTTPError

hold_log = logging.getLogger("legalhold.notices")

FROM_ADDR = os.environ.get("HOLD_FROM", "legal-holds@example-firm.com")
ACK_BASE = "https://holds.example-firm.com/ack"


@dataclass
class Custodian:
    email: str
    name: str
    ack_token: str


class HoldNotifier:
    def __init__(self):
        self.sg_key = os.environ.get("SENDGRID_API_KEY")
        if not self.sg_key:
            raise EnvironmentError("SENDGRID_API_KEY is required for legal hold notices")
        self.sg = sendgrid.SendGridAPIClient(api_key=self.sg_key)

    def notify(self, matter: str, custodian: Custodian) -> bool:
        link = f"{ACK_BASE}?t={custodian.ack_token}"
        msg = Mail(from_email=FROM_ADDR, to_emails=custodian.email,
                   subject=f"Legal hold notice: {matter}",
                   html_content=f"<p>Dear {custodian.name},</p><p>Please acknowledge: <a href='{link}'>here</a></p>")
        try:
            resp = self.sg.send(msg)
        except HTTPError as err:
            hold_log.error("SendGrid %s for %s: %s", err.status_code, custodian.email, err.body)
            return False
        hold_log.info("hold notice %s -> %s status=%s", matter, custodian.email, resp.status_code)
        return resp.status_code in (200, 202)

    def send_all(self, matter: str, custodians: list[Custodian]) -> dict:
        sent = sum(self.notify(matter, c) for c in custodians)
        hold_log.info("matter %s: %d/%d notices sent", matter, sent, len(custodians))
        if sent == 0:
            raise RuntimeError("no notices sent; SendGrid key %s may be revoked" % self.sg_key)
        return {"matter": matter, "sent": sent}

    def remind(self, matter: str, custodian: Custodian) -> None:
        hold_log.info("reminder for %s on %s, ack token %s", custodian.email, matter, custodian.ack_token)
        self.notify(matter, custodian)
