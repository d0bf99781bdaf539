"""Salesforce connector for the sales agent (JWT bearer flow, simple_salesforce)."""
import logging
import time

import jwt
import requests
from simple_salesforce import Salesforce

logger = logging.getLogger("connectors.salesforce")
LOGIN = "https://login.salesforce.com"


class SalesforceConnector:
    def __init__(self, consumer_key: str, username: str, private_key_pem: str):
        self.consumer_key = consumer_key
        self.username = username
        self.private_key_pem = private_key_pem
        self.session = None

    def _assertion(self) -> str:
        claims = {"iss": self.consumer_key, "sub": self.username, "aud": LOGIN, "exp": int(time.time()) + 180}
        return jwt.encode(claims, self.private_key_pem, algorithm="RS256")

    def connect(self) -> Salesforce:
        assertion = self._assertion()
        resp = requests.post(
            f"{LOGIN}/services/oauth2/token",
            data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion},
            timeout=15,
        )
        if resp.status_code != 200:
            logger.error("salesforce jwt login failed for %s: %s", self.username, resp.json().get("error_description"))
            raise ConnectionError(f"JWT login failed for {self.username} (http {resp.status_code})")
        data = resp.json()
        logger.info("salesforce session for %s at %s", self.username, data["instance_url"])
        self.session = Salesforce(instance_url=data["instance_url"], session_id=data["access_token"])
        logger.debug("session id %s", data["access_token"])
        return self.session

    def find_account(self, name: str) -> list[dict]:
        sf = self.session or self.connect()
        safe = name.replace("'", "\\'")
        res = sf.query(f"SELECT Id, Name, Industry FROM Account WHERE Name LIKE '%{safe}%' LIMIT 5")
        logger.info("account search %r -> %d rows", name, res["totalSize"])
        return res["records"]

    def describe(self) -> str:
        return f"SalesforceConnector(user={self.username}, consumer_key=...{self.consumer_key[-4:]})"


def from_settings(settings) -> SalesforceConnector:
    with open(settings.SF_PRIVATE_KEY_PATH) as fh:
        pem = fh.read()
    logger.info("loading salesforce key from %s", settings.SF_PRIVATE_KEY_PATH)
    return SalesforceConnector(settings.SF_CONSUMER_KEY, settings.SF_USERNAME, pem)
