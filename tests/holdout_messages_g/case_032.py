"""OAuth client-credentials helper for a model gateway."""
import logging
import time

import requests

log = logging.getLogger("oauth")


class TokenError(Exception):
    pass


class ClientCredentials:
    def __init__(self, token_url: str, client_id: str, client_secret: str):
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self._access_token = None
        self._expires_at = 0.0

    def get_token(self) -> str:
        if self._access_token and time.time() < self._expires_at - 30:
            return self._access_token
        resp = requests.post(self.token_url, data={"grant_type": "client_credentials"}, auth=(self.client_id, self.client_secret), timeout=10)
        if resp.status_code != 200:
            log.error("token endpoint %s returned %s for client %s", self.token_url, resp.status_code, self.client_id)
            raise TokenError(f"token request failed: {resp.status_code} {resp.json().get('error_description', '')}")
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.time() + body.get("expires_in", 3600)
        log.info("new access token for %s, expires in %ss, type %s", self.client_id, body.get("expires_in"), body.get("token_type"))
        return self._access_token

    def debug(self) -> None:
        log.debug("client_id=%s client_secret=%s", self.client_id, self.client_secret)
        log.debug("cached token %s", self._access_token)


def call_gateway(creds: ClientCredentials, url: str, payload: dict) -> dict:
    token = creds.get_token()
    r = requests.post(url, json=payload, headers={"Authorization": f"Bearer {token}"}, timeout=60)
    if r.status_code == 401:
        raise TokenError(f"gateway rejected bearer {token}")
    log.info("gateway %s -> %s", url, r.status_code)
    return r.json()
