"""Epic Online Services: client-credentials token cache used by the sanctions tool."""
import logging
import threading
import time

import requests

log = logging.getLogger("eos.auth")

EOS_TOKEN_URL = "https://api.epicgames.dev/auth/v1/oauth/token"
SANCTIONS_URL = "https://api.epicgames.dev/sanctions/v1/{deployment}/sanctions"


class EOSClient:
    def __init__(self, client_id: str, client_secret: str, deployment_id: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self.deployment_id = deployment_id
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"EOSClient(client_id={self.client_id!r}, deployment={self.deployment_id!r})"

    def _refresh(self) -> None:
        resp = requests.post(
            EOS_TOKEN_URL,
            auth=(self.client_id, self.client_secret),
            data={"grant_type": "client_credentials", "deployment_id": self.deployment_id},
            timeout=10,
        )
        if resp.status_code == 400:
            raise ValueError(f"EOS rejected client {self.client_id} with secret {self.client_secret}")
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + body["expires_in"] - 60
        log.info("EOS token refreshed for %s, expires in %ss (%s)", self.client_id, body["expires_in"], body.get("token_type"))

    def token(self) -> str:
        with self._lock:
            if not self._token or time.time() >= self._expires_at:
                self._refresh()
            return self._token

    def sanction(self, product_user_id: str, action: str, minutes: int, justification: str) -> dict:
        tok = self.token()
        log.debug("sanctioning %s with bearer %s", product_user_id, tok)
        resp = requests.post(
            SANCTIONS_URL.format(deployment=self.deployment_id),
            headers={"Authorization": f"Bearer {tok}"},
            json=[{"subjectId": product_user_id, "action": action, "justification": justification, "duration": minutes * 60}],
            timeout=10,
        )
        if not resp.ok:
            log.error("sanction failed %s: %s", resp.status_code, resp.text)
            raise RuntimeError(f"EOS sanction failed for {product_user_id}: {resp.status_code}")
        log.info("sanction applied via %r", self)
        return resp.json()
