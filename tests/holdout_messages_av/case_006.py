"""John Deere Operations Center sync for field boundaries and harvest data."""
import logging
import time

import keyring
import requests

log = logging.getLogger("fms.deere")

TOKEN_URL = "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/token"
API = "https://sandboxapi.deere.com/platform"
SERVICE = "deere-ops-center"


class DeereSync:
    def __init__(self, org_id, client_id):
        self.org_id = org_id
        self.client_id = client_id
        self.client_secret = keyring.get_password(SERVICE, client_id)
        self.refresh_token = keyring.get_password(SERVICE, f"{client_id}:refresh")
        self.access_token = None
        self.expires_at = 0

    def _refresh(self):
        data = {"grant_type": "refresh_token", "refresh_token": self.refresh_token, "scope": "ag1 ag2 offline_access"}
        r = requests.post(TOKEN_URL, data=data, auth=(self.client_id, self.client_secret), timeout=30)
        if r.status_code != 200:
            raise RuntimeError(f"Deere token refresh failed ({r.status_code}) for refresh token {self.refresh_token}")
        grant = r.json()
        self.access_token = grant["access_token"]
        self.expires_at = time.time() + grant["expires_in"]
        log.info("deere token refreshed, scope=%s expires_in=%s", grant["scope"], grant["expires_in"])
        if "refresh_token" in grant:
            keyring.set_password(SERVICE, f"{self.client_id}:refresh", grant["refresh_token"])

    def _headers(self):
        if time.time() > self.expires_at - 60:
            self._refresh()
        return {"Authorization": f"Bearer {self.access_token}", "Accept": "application/vnd.deere.axiom.v3+json"}

    def fields(self):
        r = requests.get(f"{API}/organizations/{self.org_id}/fields", headers=self._headers(), timeout=30)
        if r.status_code == 403:
            log.error("org %s not shared with client %s: %s", self.org_id, self.client_id, r.text)
            return []
        r.raise_for_status()
        return [f["name"] for f in r.json()["values"]]

    def debug_dump(self):
        log.debug("deere request headers %s", self._headers())

    def harvest_totals(self, field_id):
        r = requests.get(f"{API}/fields/{field_id}/fieldOperations", headers=self._headers(), params={"fieldOperationType": "harvest"}, timeout=30)
        r.raise_for_status()
        ops = r.json()["values"]
        log.info("field %s: %d harvest operations", field_id, len(ops))
        return ops
