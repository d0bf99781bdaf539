"""Pardot (Account Engagement) prospect sync via Salesforce JWT bearer flow."""
import logging
import time

import jwt
import requests

logger = logging.getLogger("pardot")

LOGIN = "https://login.salesforce.com"
BUSINESS_UNIT_HEADER = "Pardot-Business-Unit-Id"


class PardotSync:
    def __init__(self, consumer_key: str, username: str, private_key_pem: str, business_unit_id: str):
        self.consumer_key = consumer_key
        self.username = username
        if "PRIVATE KEY" not in private_key_pem:
            raise ValueError(f"expected a PEM private key, got {private_key_pem}")
        self.private_key_pem = private_key_pem
        self.business_unit_id = business_unit_id
        self.access_token = None
        logger.info("pardot sync user=%s bu=%s consumer=%s", username, business_unit_id, consumer_key[:4])

    def login(self) -> None:
        assertion = jwt.encode(
            {"iss": self.consumer_key, "sub": self.username, "aud": LOGIN, "exp": int(time.time()) + 180},
            self.private_key_pem,
            algorithm="RS256",
        )
        r = requests.post(f"{LOGIN}/services/oauth2/token", data={
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion}, timeout=20)
        data = r.json()
        if "access_token" not in data:
            logger.error("jwt bearer failed: %s %s", data.get("error"), data.get("error_description"))
            raise PermissionError(f"salesforce refused the assertion for {self.username}: {data.get('error')}")
        self.access_token = data["access_token"]
        logger.info("logged in to %s as %s", data["instance_url"], self.username)

    def prospects(self, updated_after: str) -> list[dict]:
        if not self.access_token:
            self.login()
        headers = {"Authorization": f"Bearer {self.access_token}", BUSINESS_UNIT_HEADER: self.business_unit_id}
        r = requests.get("https://pi.pardot.com/api/v5/objects/prospects",
                         params={"fields": "id,email,score", "updatedAt[gt]": updated_after}, headers=headers, timeout=30)
        if r.status_code == 401:
            logger.warning("pardot 401 with headers %s", headers)
            self.access_token = None
        return r.json().get("values", [])
