"""Gate-change notifier: pushes gate changes to passengers via Twilio SMS and the airline app."""
import logging
import os
import warnings

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

gate_log = logging.getLogger("gates.notify")


class GateNotifier:
    def __init__(self):
        self.account_sid = os.environ["TWILIO_ACCOUNT_SID"]
        self.auth_token = os.environ["TWILIO_AUTH_TOKEN"]
        self.sender = os.getenv("TWILIO_FROM", "+15550100")
        self.client = Client(self.account_sid, self.auth_token)
        gate_log.info("twilio account %s sender %s", self.account_sid, self.sender)

    def notify(self, phone: str, flight: str, old_gate: str, new_gate: str) -> str | None:
        body = f"{flight}: gate changed from {old_gate} to {new_gate}."
        try:
            msg = self.client.messages.create(to=phone, from_=self.sender, body=body)
        except TwilioRestException as exc:
            if exc.status == 401:
                warnings.warn(f"Twilio auth failed for {self.account_sid} with token {self.auth_token}")
            gate_log.error("twilio %s code=%s for %s", exc.status, exc.code, flight)
            return None
        gate_log.info("sms %s sent for %s", msg.sid, flight)
        return msg.sid


def from_event(event: dict) -> None:
    if event.get("type") != "GATE_CHANGE":
        return
    n = GateNotifier()
    for pax in event.get("passengers", []):
        if pax.get("sms_opt_in"):
            n.notify(pax["phone"], event["flight"], event["old_gate"], event["new_gate"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    from_event(
        {
            "type": "GATE_CHANGE",
            "flight": "XA123",
            "old_gate": "B12",
            "new_gate": "B31",
            "passengers": [{"phone": "+15550123", "sms_opt_in": True}],
        }
    )
