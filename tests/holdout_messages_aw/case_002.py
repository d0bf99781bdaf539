"""DocuSign eSignature JWT grant helper used by the closing-binder service."""
import logging
import time
from pathlib import Path

import jwt
import requests

logger = logging.getLogger(__name__)

DS_AUTH_SERVER = "account-d.docusign.com"
DS_SCOPES = "signature impersonation"
INTEGRATION_KEY_SETTING = "DOCUSIGN_INTEGRATION_KEY"


class DocuSignAuth:
    def __init__(self, integration_key: str, user_id: str, private_key_path: str):
        self.integration_key = integration_key
        self.user_id = user_id
        self.private_key = Path(private_key_path).read_text()
        self._access_token = None
        self._expires_at = 0.0

    def _assertion(self) -> str:
        now = int(time.time())
        claims = {"iss": self.integration_key, "sub": self.user_id, "aud": DS_AUTH_SERVER,
                  "iat": now, "exp": now + 3600, "scope": DS_SCOPES}
        return jwt.encode(claims, self.private_key, algorithm="RS256")

    def token(self) -> str:
        if self._access_token and time.time() < self._expires_at - 60:
            return self._access_token
        resp = requests.post(
            f"https://{DS_AUTH_SERVER}/oauth/token",
            data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": self._assertion()},
            timeout=15,
        )
        if resp.status_code != 200:
            logger.error("DocuSign token request failed: %s %s", resp.status_code, resp.text)
            raise RuntimeError(f"DocuSign consent required for user {self.user_id}")
        payload = resp.json()
        self._access_token = payload["access_token"]
        self._expires_at = time.time() + payload["expires_in"]
        logger.info("DocuSign token refreshed, expires_in=%s type=%s", payload["expires_in"], payload["token_type"])
        logger.debug("DocuSign access token %s", self._access_token)
        return self._access_token

    def user_info(self) -> dict:
        headers = {"Authorization": f"Bearer {self.token()}"}
        r = requests.get(f"https://{DS_AUTH_SERVER}/oauth/userinfo", headers=headers, timeout=10)
        if not r.ok:
            logger.warning("userinfo failed with headers=%s", headers)
        r.raise_for_status()
        return r.json()

    def describe(self) -> str:
        return f"DocuSignAuth(ik=...{self.integration_key[-4:]}, user={self.user_id})"
