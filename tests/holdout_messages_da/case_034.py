"""AccelByte-style IAM client used by the player-support admin tool."""
import base64
import logging
import os
import time

import httpx

logger = logging.getLogger("support.iam")


class IamClient:
    def __init__(self, base_url: str, namespace: str):
        self.base_url = base_url.rstrip("/")
        self.namespace = namespace
        self.client_id = os.environ["AB_CLIENT_ID"]
        self._client_secret = os.environ["AB_CLIENT_SECRET"]
        self._access_token: str | None = None
        self._refresh_token: str | None = None
        self._exp = 0.0

    def login(self) -> None:
        basic = base64.b64encode(f"{self.client_id}:{self._client_secret}".encode()).decode()
        r = httpx.post(f"{self.base_url}/iam/v3/oauth/token", data={"grant_type": "client_credentials"}, headers={"Authorization": f"Basic {basic}"})
        if r.status_code != 200:
            raise ConnectionError(f"IAM login failed for {self.client_id}: {r.status_code} {r.text}")
        tok = r.json()
        self._access_token = tok["access_token"]
        self._refresh_token = tok.get("refresh_token")
        self._exp = time.time() + tok["expires_in"]
        logger.info("IAM login ok as %s, scope=%s, expires_in=%s", self.client_id, tok.get("scope"), tok["expires_in"])
        logger.debug("IAM token response %s", tok)

    def _headers(self) -> dict:
        if not self._access_token or time.time() > self._exp - 30:
            self.login()
        return {"Authorization": f"Bearer {self._access_token}", "Namespace": self.namespace}

    def reset_player_mfa(self, user_id: str, agent: str) -> None:
        r = httpx.delete(f"{self.base_url}/iam/v4/admin/namespaces/{self.namespace}/users/{user_id}/mfa/authenticator", headers=self._headers())
        if r.status_code == 401:
            raise PermissionError(f"token {self._access_token} expired while resetting MFA for {user_id}")
        r.raise_for_status()
        logger.info("agent %s reset MFA for %s in %s", agent, user_id, self.namespace)

    def ban(self, user_id: str, reason: str, days: int) -> None:
        end = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + days * 86400))
        body = {"ban": "LOGIN", "comment": reason, "endDate": end, "reason": "VIOLENCE", "skipNotif": False}
        r = httpx.post(f"{self.base_url}/iam/v3/admin/namespaces/{self.namespace}/users/{user_id}/bans", json=body, headers=self._headers())
        logger.info("ban %s for %d days -> %s", user_id, days, r.status_code)
