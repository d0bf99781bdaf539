"""Client built from mixins: auth, retries and reporting."""
import logging
import time

import requests

log = logging.getLogger("vendor")


class AuthMixin:
    token_url = "https://auth.vendor.example/oauth/token"

    def login(self, client_id: str, client_secret: str) -> None:
        resp = requests.post(self.token_url, data={"grant_type": "client_credentials",
                                                   "client_id": client_id, "client_secret": client_secret}, timeout=10)
        if resp.status_code != 200:
            log.error("token endpoint %s for client %s: %s", resp.status_code, client_id, resp.text)
            raise PermissionError(f"login failed for {client_id}")
        body = resp.json()
        self._access_token = body["access_token"]
        self._token_expiry = time.time() + body.get("expires_in", 3600)
        log.info("token type %s, expires in %ss", body.get("token_type"), body.get("expires_in"))

    def auth_headers(self) -> dict:
        return {"Authorization": f"Bearer {self._access_token}"}


class ReportingMixin:
    def report(self, what: str) -> None:
        remaining = int(self._token_expiry - time.time())
        log.info("%s: token valid for %ds", what, remaining)
        log.debug("%s: using access token %s", what, self._access_token)


class VendorClient(AuthMixin, ReportingMixin):
    base = "https://api.vendor.example/v2"

    def get(self, path: str) -> dict:
        r = requests.get(self.base + path, headers=self.auth_headers(), timeout=30)
        if r.status_code == 401:
            self.report("401 on " + path)
            raise RuntimeError(f"unauthorised on {path}; token {self._access_token}")
        r.raise_for_status()
        return r.json()
