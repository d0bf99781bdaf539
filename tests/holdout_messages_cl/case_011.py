"""Maersk container tracking client, used by the ocean-freight visibility page."""
import logging
import os
from dataclasses import dataclass, field

import requests

logger = logging.getLogger("ocean.maersk")


@dataclass
class MaerskCreds:
    consumer_key: str = field(repr=False)
    client_secret: str = field(repr=False)
    customer_code: str = field(default="")


class MaerskTracking:
    TOKEN_URL = "https://api.maersk.com/customer-identity/oauth/v2/access_token"
    EVENTS_URL = "https://api.maersk.com/track-and-trace-private/events"

    def __init__(self, creds: MaerskCreds):
        self.creds = creds
        self._access_token = None
        logger.info("maersk creds %r", creds)
        logger.info("customer %s consumer key set=%s", creds.customer_code, bool(creds.consumer_key))

    def _token(self):
        r = requests.post(
            self.TOKEN_URL,
            data={"grant_type": "client_credentials", "client_id": self.creds.consumer_key,
                  "client_secret": self.creds.client_secret},
            headers={"Consumer-Key": self.creds.consumer_key},
            timeout=15,
        )
        if r.status_code != 200:
            logger.error("token request failed %s: %s", r.status_code, r.text)
            raise RuntimeError("Maersk token request failed, secret=%s" % self.creds.client_secret)
        self._access_token = r.json()["access_token"]
        return self._access_token

    def events(self, container: str):
        token = self._access_token or self._token()
        r = requests.get(
            self.EVENTS_URL,
            params={"equipmentReference": container},
            headers={"Authorization": f"Bearer {token}", "Consumer-Key": self.creds.consumer_key},
            timeout=15,
        )
        if r.status_code == 401:
            logger.warning("expired bearer %s, refreshing", token)
            self._access_token = None
            return self.events(container)
        return r.json().get("events", [])


def from_env():
    return MaerskTracking(MaerskCreds(
        consumer_key=os.environ["MAERSK_CONSUMER_KEY"],
        client_secret=os.environ["MAERSK_CLIENT_SECRET"],
        customer_code=os.environ.get("MAERSK_CUSTOMER_CODE", ""),
    ))
