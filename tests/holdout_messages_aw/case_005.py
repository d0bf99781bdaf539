"""KYC document verification vendor client (Onfido-style REST API)."""
import logging
from typing import Any

import httpx

log = logging.getLogger("kyc.vendor")


class KycVendorError(Exception):
    pass


class KycClient:
    BASE = "https://api.eu.onfido.com/v3.6"

    def __init__(self, api_token: str, region: str = "EU", webhook_token: str | None = None):
        self.api_token = api_token
        self.region = region
        self.webhook_token = webhook_token
        self.headers = {"Authorization": f"Token token={api_token}", "Accept": "application/json"}
        self._http = httpx.Client(base_url=self.BASE, headers=self.headers, timeout=20)

    def _request(self, method: str, path: str, **kw: Any) -> dict:
        resp = self._http.request(method, path, **kw)
        if resp.status_code == 401:
            raise KycVendorError(f"vendor rejected token {self.api_token} in region {self.region}")
        if resp.status_code >= 400:
            log.error("KYC %s %s -> %s: %s", method, path, resp.status_code, resp.text[:500])
            raise KycVendorError(f"{method} {path} failed with {resp.status_code}")
        return resp.json()

    def create_applicant(self, first: str, last: str, dob: str) -> str:
        body = {"first_name": first, "last_name": last, "dob": dob}
        data = self._request("POST", "/applicants", json=body)
        log.info("created applicant %s", data["id"])
        return data["id"]

    def start_check(self, applicant_id: str, reports: list[str]) -> dict:
        log.debug("starting check applicant=%s reports=%s region=%s", applicant_id, reports, self.region)
        return self._request("POST", "/checks", json={"applicant_id": applicant_id, "report_names": reports})

    def debug_dump(self) -> None:
        log.debug("client headers: %r", self.headers)
        log.debug("webhook token configured: %s", self.webhook_token is not None)

    def verify_webhook(self, signature: str, body: bytes) -> bool:
        import hashlib
        import hmac
        if not self.webhook_token:
            log.warning("no webhook token configured, got %r", self.webhook_token)
            return False
        digest = hmac.new(self.webhook_token.encode(), body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(digest, signature)
