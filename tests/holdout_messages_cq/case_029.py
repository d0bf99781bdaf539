"""Salesforce NPSP OAuth (JWT bearer flow) for the integration user."""
import logging
import os
import time

import jwt
import requests

log = logging.getLogger("npsp.auth")
LOGIN_URL = os.environ.get("SF_LOGIN_URL", "https://login.salesforce.com")
CONSUMER_KEY = os.environ["SF_CONSUMER_KEY"]
INTEGRATION_USER = os.environ["SF_INTEGRATION_USER"]
KEY_PATH = os.environ.get("SF_JWT_KEY_PATH", "/run/secrets/sf_jwt.pem")


def signed_assertion() -> str:
    with open(KEY_PATH) as fh:
        private_key = fh.read()
    if "PRIVATE KEY" not in private_key:
        raise ValueError(f"{KEY_PATH} is not a PEM key: {private_key}")
    claims = {"iss": CONSUMER_KEY, "sub": INTEGRATION_USER, "aud": LOGIN_URL, "exp": int(time.time()) + 180}
    log.info("assertion claims: %s", claims)
    return jwt.encode(claims, private_key, algorithm="RS256")


def login():
    assertion = signed_assertion()
    r = requests.post(f"{LOGIN_URL}/services/oauth2/token", data={
        "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
        "assertion": assertion,
    }, timeout=20)
    if r.status_code != 200:
        log.error("JWT login failed %s: %s", r.status_code, r.json().get("error_description"))
        raise RuntimeError(f"Salesforce login failed ({r.status_code}); key file {KEY_PATH}")
    body = r.json()
    log.info("logged in to %s, token type %s", body["instance_url"], body.get("token_type"))
    return body["instance_url"], body["access_token"]


class NpspSession:
    def __init__(self):
        self.instance_url, self.access_token = login()

    def get(self, path, **params):
        r = requests.get(f"{self.instance_url}{path}", headers={"Authorization": f"Bearer {self.access_token}"}, params=params, timeout=30)
        if r.status_code == 401:
            log.warning("session expired for %s (token %s)", self.instance_url, self.access_token)
            self.instance_url, self.access_token = login()
            return self.get(path, **params)
        return r.json()


if __name__ == "__main__":
    s = NpspSession()
    print(s.get("/services/data/v60.0/query", q="SELECT COUNT() FROM npe03__Recurring_Donation__c"))
