"""Marketo lead sync: OAuth client credentials -> access token, then bulk lead upsert."""
import logging
import time

import requests
import yaml

LOG = logging.getLogger("marketo")


class MarketoClient:
    TOKEN_PATH = "/identity/oauth/token"

    def __init__(self, config_path: str):
        with open(config_path) as fh:
            cfg = yaml.safe_load(fh)["marketo"]
        self.munchkin_id = cfg["munchkin_id"]
        self.client_id = cfg["client_id"]
        self.client_secret = cfg["client_secret"]
        self.base = f"https://{self.munchkin_id}.mktorest.com"
        self._token = None
        self._expires_at = 0.0
        LOG.info("marketo instance %s client %s", self.munchkin_id, self.client_id)

    def access_token(self) -> str:
        if self._token and time.time() < self._expires_at:
            return self._token
        r = requests.get(
            self.base + self.TOKEN_PATH,
            params={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret},
            timeout=15,
        )
        data = r.json()
        if "access_token" not in data:
            raise RuntimeError(f"marketo auth failed: {data.get('error_description')} (secret {self.client_secret})")
        self._token = data["access_token"]
        self._expires_at = time.time() + data["expires_in"] - 60
        LOG.debug("token type %s expires in %ss scope %s", data["token_type"], data["expires_in"], data.get("scope"))
        LOG.debug("new marketo access token %s", self._token)
        return self._token

    def upsert(self, leads: list[dict]) -> list[dict]:
        r = requests.post(
            f"{self.base}/rest/v1/leads.json",
            headers={"Authorization": f"Bearer {self.access_token()}"},
            json={"action": "createOrUpdate", "lookupField": "email", "input": leads},
            timeout=30,
        )
        body = r.json()
        if not body.get("success"):
            LOG.error("upsert errors: %s", body.get("errors"))
        return body.get("result", [])
