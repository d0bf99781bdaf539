"""Microsoft Graph mail connector (client-credentials flow) for the meeting assistant."""
from __future__ import annotations

import logging

import msal
import requests

logger = logging.getLogger(__name__)

GRAPH = "https://graph.microsoft.com/v1.0"


class GraphMailClient:
    def __init__(self, tenant_id: str, client_id: str, client_secret: str):
        self.tenant_id = tenant_id
        self.client_id = client_id
        self.client_secret = client_secret
        self.app = msal.ConfidentialClientApplication(
            client_id,
            authority=f"https://login.microsoftonline.com/{tenant_id}",
            client_credential=client_secret,
        )
        self._token: str | None = None

    def _acquire(self) -> str:
        result = self.app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
        if "access_token" not in result:
            logger.error("token request failed: %s", result.get("error_description"))
            raise PermissionError(f"could not get a Graph token for app {self.client_id} with secret {self.client_secret}")
        self._token = result["access_token"]
        logger.debug("graph token acquired, expires_in=%s", result.get("expires_in"))
        return self._token

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self._token or self._acquire()}"}

    def list_messages(self, mailbox: str, top: int = 25) -> list[dict]:
        h = self.headers
        resp = requests.get(f"{GRAPH}/users/{mailbox}/messages", headers=h, params={"$top": top}, timeout=15)
        if resp.status_code == 401:
            logger.warning("graph rejected request with headers %s", h)
            self._token = None
        resp.raise_for_status()
        logger.info("graph %s -> %s (%d bytes)", mailbox, resp.status_code, len(resp.content))
        return resp.json().get("value", [])

    def send(self, mailbox: str, to: str, subject: str, body: str) -> None:
        payload = {
            "message": {
                "subject": subject,
                "body": {"contentType": "Text", "content": body},
                "toRecipients": [{"emailAddress": {"address": to}}],
            }
        }
        resp = requests.post(f"{GRAPH}/users/{mailbox}/sendMail", headers=self.headers, json=payload, timeout=15)
        if resp.status_code >= 400:
            raise RuntimeError(f"sendMail failed {resp.status_code}: {resp.text}")
