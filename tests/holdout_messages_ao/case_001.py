"""SharePoint Online document connector for the knowledge-base indexer."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import msal
import requests
from modelred import ModelRed, ModelRedError

log = logging.getLogger("kb.connectors.sharepoint")

GRAPH = "https://graph.microsoft.com/v1.0"
SECRET_ENV = "SP_CLIENT_SECRET"


@dataclass
class SharePointSettings:
    tenant_id: str
    client_id: str
    client_secret: str = field(repr=False)
    site_path: str = "/sites/legal"


class SharePointConnector:
    def __init__(self, settings: SharePointSettings):
        self.settings = settings
        self._app = msal.ConfidentialClientApplication(
            settings.client_id,
            authority=f"https://login.microsoftonline.com/{settings.tenant_id}",
            client_credential=settings.client_secret,
        )
        log.info("connector for tenant %s client %s", settings.tenant_id, settings.client_id)
        log.debug("settings: %r", settings)

    def _token(self) -> str:
        result = self._app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
        if "access_token" not in result:
            log.error("token request failed: %s", result.get("error_description"))
            raise RuntimeError(f"could not authenticate client {self.settings.client_id} with secret {self.settings.client_secret}")
        log.debug("graph token acquired, expires in %s s", result["expires_in"])
        token = result["access_token"]
        log.debug("graph bearer %s", token)
        return token

    def list_drive_items(self, drive_id: str) -> list[dict]:
        headers = {"Authorization": f"Bearer {self._token()}"}
        resp = requests.get(f"{GRAPH}/drives/{drive_id}/root/children", headers=headers, timeout=30)
        if resp.status_code != 200:
            raise RuntimeError(f"graph list failed {resp.status_code}: {resp.text}")
        return resp.json().get("value", [])


async def assess_indexer_model(model_id: str) -> str | None:
    try:
        async with ModelRed() as client:
            res = await client.run_assessment(model_id=model_id, test_suites=["data_leakage"], wait_for_completion=False)
            return res.get("assessment_id")
    except ModelRedError as exc:
        log.error("modelred assessment failed: %s", exc)
        return None


def from_env() -> SharePointConnector:
    secret = os.environ.get(SECRET_ENV, "")
    if not secret:
        raise LookupError(f"{SECRET_ENV} is not set")
    return SharePointConnector(SharePointSettings(os.environ["SP_TENANT_ID"], os.environ["SP_CLIENT_ID"], secret))
