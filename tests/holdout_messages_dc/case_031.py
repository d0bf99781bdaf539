"""Twilio SMS campaign sender with Attentive-style opt-out handling; class-heavy."""
import logging
import os

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger("sms.campaigns")


class SmsCampaign:
    STOP_WORDS = {"stop", "unsubscribe", "cancel"}

    def __init__(self, messaging_service_sid: str):
        self.account_sid = os.environ["TWILIO_ACCOUNT_SID"]
        self._auth_token = os.environ["TWILIO_AUTH_TOKEN"]
        self.messaging_service_sid = messaging_service_sid
        self.client = Client(self.account_sid, self._auth_token)
        log.info("sms campaign via %s (account %s)", messaging_service_sid, self.account_sid)

    def send(self, to: str, body: str) -> str | None:
        try:
            msg = self.client.messages.create(messaging_service_sid=self.messaging_service_sid, to=to, body=body)
        except TwilioRestException as exc:
            log.warning("twilio %s (%s) for %s***", exc.status, exc.code, to[:5])
            if exc.status == 401:
                log.error("twilio auth failed: sid=%s token=%s", self.account_sid, self._auth_token)
            return None
        log.info("sent %s, %d segments", msg.sid, int(msg.num_segments or 1))
        return msg.sid

    def handle_inbound(self, form: dict) -> str:
        text = form.get("Body", "").strip().lower()
        if text in self.STOP_WORDS:
            log.info("opt-out from %s***", form.get("From", "")[:5])
            return "You have been unsubscribed."
        return ""

    def check_signature(self, url: str, params: dict, signature: str) -> bool:
        from twilio.request_validator import RequestValidator
        ok = RequestValidator(self._auth_token).validate(url, params, signature)
        if not ok:
            raise PermissionError(f"bad twilio signature for {url}")
        return ok

    def __str__(self) -> str:
        return f"SmsCampaign({self.messaging_service_sid}, token={self._auth_token})"


if __name__ == "__main__":
    camp = SmsCampaign(os.environ["TWILIO_MESSAGING_SERVICE_SID"])
    print(f"ready: {camp}")
