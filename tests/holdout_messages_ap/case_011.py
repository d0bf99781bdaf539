"""Postmark mailer used by the lifecycle-email service."""
import logging

import requests

from .config import settings

SERVER_TOKEN_HEADER = "X-Postmark-Server-Token"
POSTMARK_URL = "https://api.postmarkapp.com/email"
DEFAULT_STREAM = "outbound"


class PostmarkMailer:
    def __init__(self, server_token, sender, stream=DEFAULT_STREAM):
        self.server_token = server_token
        self.sender = sender
        self.stream = stream
        self.log = logging.getLogger("lifecycle.postmark")
        self.log.debug("auth header name %s", SERVER_TOKEN_HEADER)

    def _headers(self):
        return {SERVER_TOKEN_HEADER: self.server_token, "Accept": "application/json"}

    def send(self, to, subject, html, tag=None):
        payload = {"From": self.sender, "To": to, "Subject": subject, "HtmlBody": html, "MessageStream": self.stream}
        if tag:
            payload["Tag"] = tag
        resp = requests.post(POSTMARK_URL, json=payload, headers=self._headers(), timeout=10)
        data = resp.json()
        if data.get("ErrorCode") == 10:
            self.log.warning("Postmark server token invalid: %s", self.server_token)
            raise ValueError(f"bad server token {self.server_token!r} for stream {self.stream}")
        self.log.info("message %s to %s: error code %s", data.get("MessageID"), to, data.get("ErrorCode"))
        return data.get("MessageID")


class LifecycleEmails:
    def __init__(self, mailer):
        self.mailer = mailer
        self.log = logging.getLogger("lifecycle")

    def trial_ending(self, user):
        subject = f"{user['first_name']}, your trial ends in 3 days"
        html = f"<p>Hi {user['first_name']}, upgrade to keep your dashboards.</p>"
        mid = self.mailer.send(user["email"], subject, html, tag="trial-ending")
        self.log.info("trial-ending mail %s queued on stream %s", mid, self.mailer.stream)
        return mid

    def welcome(self, user):
        return self.mailer.send(user["email"], "Welcome aboard", "<p>Glad you're here.</p>", tag="welcome")


def build_emails():
    mailer = PostmarkMailer(settings.postmark_server_token, settings.mail_from)
    return LifecycleEmails(mailer)
