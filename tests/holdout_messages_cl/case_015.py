"""USPS (apis.usps.com v3) OAuth client and address standardisation for the order desk."""
import logging
import os
import time

import requests

_log = logging.getLogger("usps")
USPS_BASE = "https://apis.usps.com"
CLIENT_ID_ENV = "USPS_CLIENT_ID"
CLIENT_SECRET_ENV = "USPS_CLIENT_SECRET"


class UspsClient:
    def __init__(self):
        self.client_id = os.environ[CLIENT_ID_ENV]
        self.client_secret = os.environ.get(CLIENT_SECRET_ENV)
        if self.client_secret is None:
            raise EnvironmentError(f"set {CLIENT_SECRET_ENV} (client id {self.client_id})")
        self._token = None
        self._exp = 0.0

    def token(self):
        if self._token and time.time() < self._exp - 30:
            return self._token
        r = requests.post(
            f"{USPS_BASE}/oauth2/v3/token",
            json={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret},
            timeout=10,
        )
        if r.status_code == 401:
            raise PermissionError(f"USPS refused client {self.client_id} with secret {self.client_secret}")
        r.raise_for_status()
        body = r.json()
        self._token, self._exp = body["access_token"], time.time() + int(body["expires_in"])
        _log.info("USPS token issued for %s, scope %s", body.get("application_name"), body.get("scope"))
        return self._token

    def standardize(self, street, city, state, zip5=""):
        r = requests.get(
            f"{USPS_BASE}/addresses/v3/address",
            params={"streetAddress": street, "city": city, "state": state, "ZIPCode": zip5},
            headers={"Authorization": f"Bearer {self.token()}"},
            timeout=10,
        )
        if r.status_code >= 400:
            _log.warning("USPS address lookup %s: %s", r.status_code, r.text[:200])
            raise ValueError(f"USPS rejected address in {city}, {state}: HTTP {r.status_code}")
        return r.json()["address"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(UspsClient().standardize("6406 Ivy Ln", "Greenbelt", "MD"))
