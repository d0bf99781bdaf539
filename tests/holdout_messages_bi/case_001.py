"""Guidewire ClaimCenter Cloud API client used by the claims-summary service."""
import logging
import os

import requests
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("gw.claimcenter")

CC_BASE = os.getenv("GW_CC_BASE_URL", "https://cc.example-insurer.com/rest")
TOKEN_ENDPOINT_VAR = "GW_TOKEN_URL"


class ClaimCenterClient:
    def __init__(self, client_id: str, client_secret: str, scope: str = "cc.claims.read"):
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self.access_token = None
        self.session = requests.Session()

    def authenticate(self) -> None:
        token_url = os.environ[TOKEN_ENDPOINT_VAR]
        log.debug("requesting token for client %s scope %s", self.client_id, self.scope)
        resp = self.session.post(token_url, data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret, "scope": self.scope}, timeout=15)
        if resp.status_code != 200:
            log.error("token request failed: %s %s", resp.status_code, resp.text[:200])
            log.debug("client secret used: %s", self.client_secret)
            raise RuntimeError(f"ClaimCenter auth failed for {self.client_id}")
        body = resp.json()
        self.access_token = body["access_token"]
        log.info("token ok, type=%s expires_in=%s", body.get("token_type"), body.get("expires_in"))

    def get_claim(self, claim_number: str) -> dict:
        if not self.access_token:
            self.authenticate()
        resp = self.session.get(f"{CC_BASE}/claim/v1/claims/{claim_number}", headers={"Authorization": f"Bearer {self.access_token}"}, timeout=20)
        if resp.status_code == 401:
            raise PermissionError(f"token rejected by ClaimCenter: {self.access_token}")
        resp.raise_for_status()
        return resp.json()["data"]["attributes"]


def scan_summary_model(model_id: str) -> str:
    mr_key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(mr_key, timeout=30.0) as mr:
            run = mr.create_assessment(model_id=model_id, probe_pack_ids=["pii-leak", "prompt-injection"])
            return run["id"]
    except Unauthorized as exc:
        log.error("ModelRed rejected key ending %s: %s", mr_key[-4:], type(exc).__name__)
        return ""
    except APIError as exc:
        log.warning("assessment for %s failed: %s", model_id, exc)
        return ""
