"""Access-control integration for multifamily buildings (Brivo-like cloud API)."""
import logging
import os
import sys

import keyring
import requests

SERVICE = "acs-bridge"
log = logging.getLogger("acs")


class AccessControlClient:
    base = "https://api.acs.example/v1"

    def __init__(self, account: str):
        self.account = account
        self.api_key = keyring.get_password(SERVICE, f"{account}:api_key")
        self.refresh_token = keyring.get_password(SERVICE, f"{account}:refresh")
        self._access = None

    def _token(self):
        r = requests.post(f"{self.base}/oauth/token", data={"grant_type": "refresh_token", "refresh_token": self.refresh_token}, headers={"api-key": self.api_key}, timeout=20)
        if not r.ok:
            raise RuntimeError(f"refresh failed for {self.account}: {r.status_code} {r.reason}")
        tok = r.json()
        log.info("token_type=%s scope=%s expires_in=%s", tok["token_type"], tok.get("scope"), tok["expires_in"])
        self._access = tok["access_token"]
        if tok.get("refresh_token") and tok["refresh_token"] != self.refresh_token:
            self.refresh_token = tok["refresh_token"]
            keyring.set_password(SERVICE, f"{self.account}:refresh", self.refresh_token)
            log.debug("rotated refresh token to %s", self.refresh_token)
        return self._access

    def grant(self, resident_id: str, group_id: str):
        h = {"Authorization": f"Bearer {self._token()}", "api-key": self.api_key}
        r = requests.post(f"{self.base}/groups/{group_id}/users/{resident_id}", headers=h, timeout=20)
        if r.status_code >= 400:
            sys.stderr.write(f"grant failed {r.status_code}; sent headers {h}\n")
            return False
        log.info("granted resident %s group %s", resident_id, group_id)
        return True


def setup(account: str, new_key: str):
    if len(new_key) < 20:
        raise ValueError(f"ACS key for {account} looks truncated: {new_key}")
    keyring.set_password(SERVICE, f"{account}:api_key", new_key)
    print(f"stored key for {account} in keyring service {SERVICE} (len {len(new_key)})")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    if sys.argv[1] == "setup":
        setup(sys.argv[2], sys.argv[3])
    else:
        AccessControlClient(sys.argv[1]).grant(sys.argv[2], sys.argv[3])
