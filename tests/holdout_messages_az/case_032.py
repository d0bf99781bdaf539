"""Appeal notifications: tell members the outcome of their moderation appeal by e-mail."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from anthropic import Anthropic
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

log = logging.getLogger("appeals.notify")

FROM_ADDR = "trust@community.example.org"
TEMPLATE_ID = os.getenv("APPEAL_TEMPLATE_ID", "d-appeal-outcome")


@dataclass
class Appeal:
    id: int
    member_email: str
    outcome: str  # "upheld" | "overturned"
    reviewer_notes: str


class AppealNotifier:
    def __init__(self, sendgrid_key: str, anthropic_key: str) -> None:
        self._sg = SendGridAPIClient(sendgrid_key)
        self._llm = Anthropic(api_key=anthropic_key)
        self.sendgrid_key = sendgrid_key
        log.info("notifier ready, template %s, sender %s", TEMPLATE_ID, FROM_ADDR)

    def soften(self, notes: str) -> str:
        msg = self._llm.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=300,
            messages=[{"role": "user", "content": f"Rewrite these reviewer notes kindly, for the member:\n{notes}"}],
        )
        return msg.content[0].text

    def send(self, appeal: Appeal) -> int:
        mail = Mail(from_email=FROM_ADDR, to_emails=appeal.member_email)
        mail.template_id = TEMPLATE_ID
        mail.dynamic_template_data = {"outcome": appeal.outcome, "notes": self.soften(appeal.reviewer_notes)}
        resp = self._sg.send(mail)
        if resp.status_code == 401:
            log.error("sendgrid rejected key %s for appeal %s", self.sendgrid_key, appeal.id)
        elif resp.status_code >= 300:
            log.error("appeal %s mail failed: %s %s", appeal.id, resp.status_code, resp.body)
        log.info("appeal %s (%s) mailed to %s", appeal.id, appeal.outcome, appeal.member_email)
        return resp.status_code


def notifier_from_env() -> AppealNotifier:
    sg = os.environ.get("SENDGRID_API_KEY", "")
    if not sg.startswith("SG."):
        raise ValueError("SENDGRID_API_KEY should start with SG., got " + sg)
    log.info("sendgrid key configured: %s (%d chars)", bool(sg), len(sg))
    return AppealNotifier(sg, os.environ["ANTHROPIC_API_KEY"])
