"""Observatory night-assistant: polls the ALPACA telescope and dome, posts weather holds and
slews to the night channel on Slack, and asks an LLM to word the morning log."""
import logging
import os
import time

import requests
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger("obs.night")

ALPACA = os.environ.get("ALPACA_URL", "http://10.0.5.20:11111/api/v1")
CHANNEL_ID = os.environ.get("SLACK_NIGHT_CHANNEL", "C05NIGHTOBS")


class NightAssistant:
    def __init__(self):
        self.slack_token = os.environ["SLACK_BOT_TOKEN"]
        self.slack = WebClient(token=self.slack_token)
        self.client_id = 42
        self.tx = 0

    def _alpaca(self, device, method):
        self.tx += 1
        r = requests.get(f"{ALPACA}/{device}/{method}", params={"ClientID": self.client_id, "ClientTransactionID": self.tx}, timeout=5)
        r.raise_for_status()
        return r.json()["Value"]

    def post(self, text):
        try:
            self.slack.chat_postMessage(channel=CHANNEL_ID, text=text)
        except SlackApiError as e:
            if e.response["error"] in ("invalid_auth", "token_revoked"):
                raise RuntimeError(f"Slack auth failed ({e.response['error']}), token={self.slack_token}") from e
            log.warning("slack post failed: %s", e.response["error"])

    def watch(self, minutes=600):
        log.info("watching %s, posting to %s", ALPACA, CHANNEL_ID)
        for _ in range(minutes):
            safe = self._alpaca("safetymonitor/0", "issafe")
            ra = self._alpaca("telescope/0", "rightascension")
            dec = self._alpaca("telescope/0", "declination")
            if not safe:
                self.post(f"Weather hold at RA {ra:.3f}h Dec {dec:+.2f}")
            time.sleep(60)

    def debug_dump(self):
        log.debug("assistant state: client_id=%s tx=%s token=%s", self.client_id, self.tx, self.slack_token)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    a = NightAssistant()
    a.debug_dump()
    a.watch()
