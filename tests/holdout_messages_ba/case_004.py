"""Genesys Cloud client-credentials login shared by the wallboard and the summary worker."""
import logging
import os
import time

import requests

log = logging.getLogger("genesys.auth")

REGION_HOST = os.environ.get("GENESYS_REGION_HOST", "mypurecloud.ie")
CLIENT_ID = os.environ["GENESYS_CLIENT_ID"]
CLIENT_SECRET = os.environ["GENESYS_CLIENT_SECRET"]
TOKEN_URL = f"https://login.{REGION_HOST}/oauth/token"


class GenesysSession:
    def __init__(self):
        self._token = None
        self._expires_at = 0.0

    def _fetch(self) -> dict:
        resp = requests.post(
            TOKEN_URL,
            data={"grant_type": "client_credentials"},
            auth=(CLIENT_ID, CLIENT_SECRET),
            timeout=10,
        )
        if resp.status_code != 200:
            log.error("token request for client %s failed with HTTP %s", CLIENT_ID, resp.status_code)
            raise RuntimeError(f"Genesys login failed ({resp.status_code}) for client {CLIENT_ID}")
        payload = resp.json()
        log.debug("token response: %s", payload)
        log.info("token type %s expires in %ss", payload["token_type"], payload["expires_in"])
        return payload

    @property
    def token(self) -> str:
        if not self._token or time.time() > self._expires_at - 60:
            payload = self._fetch()
            self._token = payload["access_token"]
            self._expires_at = time.time() + payload["expires_in"]
        return self._token

    def get(self, path: str, **params) -> dict:
        headers = {"Authorization": f"Bearer {self.token}"}
        resp = requests.get(f"https://api.{REGION_HOST}{path}", headers=headers, params=params, timeout=15)
        if resp.status_code == 401:
            log.warning("401 on %s, dropping cached token %s", path, self._token)
            self._token = None
            raise PermissionError(f"Genesys rejected the token on {path}: {resp.text}")
        resp.raise_for_status()
        return resp.json()


def queue_observations(session: GenesysSession, queue_ids: list) -> dict:
    body = session.get("/api/v2/analytics/queues/observations/query", ids=",".join(queue_ids))
    log.info("observations for %d queues", len(queue_ids))
    return body
