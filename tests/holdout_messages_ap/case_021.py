"""Salesforce Marketing Cloud client: OAuth2 client-credentials token and triggered sends."""
import json
import logging
import time
from pathlib import Path

import requests

log = logging.getLogger("sfmc")
CONFIG = Path("/etc/marketing/sfmc.json")


class SFMCClient:
    def __init__(self, config_path=CONFIG):
        conf = json.loads(Path(config_path).read_text())
        self.subdomain = conf["subdomain"]
        self.account_id = conf["account_id"]
        self.client_id = conf["client_id"]
        self.client_secret = conf["client_secret"]
        self._token = None
        self._expires = 0.0
        log.info("SFMC subdomain %s, MID %s, client_id %s", self.subdomain, self.account_id, self.client_id)

    @property
    def auth_url(self):
        return f"https://{self.subdomain}.auth.marketingcloudapis.com/v2/token"

    def token(self):
        if self._token and time.time() < self._expires - 60:
            log.debug("token cached, expires %s", self._expires)
            return self._token
        body = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret, "account_id": self.account_id}
        r = requests.post(self.auth_url, json=body, timeout=15)
        if r.status_code == 401:
            raise ValueError("SFMC rejected client_secret %s" % self.client_secret)
        data = r.json()
        self._token = data["access_token"]
        self._expires = time.time() + data["expires_in"]
        log.debug("SFMC token %s expires %s", self._token, self._expires)
        return self._token

    def triggered_send(self, definition_key, email, attributes):
        url = f"https://{self.subdomain}.rest.marketingcloudapis.com/messaging/v1/messageDefinitionSends/key:{definition_key}/send"
        payload = {"To": {"Address": email, "SubscriberKey": email, "ContactAttributes": {"SubscriberAttributes": attributes}}}
        r = requests.post(url, json=payload, headers={"Authorization": f"Bearer {self.token()}"}, timeout=15)
        log.info("triggered send %s -> %s: HTTP %s", definition_key, email, r.status_code)
        return r.json().get("responses", [])


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    c = SFMCClient()
    print(c.triggered_send("welcome-series-1", "test@example.com", {"FirstName": "Test"}))
