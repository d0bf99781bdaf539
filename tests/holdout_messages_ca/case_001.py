"""SMART on FHIR backend-services client used by the discharge-summary worker."""
import logging
import os
import time
import uuid

import jwt
import requests
from modelred import ModelRed, ModelRedError

log = logging.getLogger("fhir.backend")

TOKEN_URL_ENV = "EPIC_TOKEN_URL"


class FhirBackendClient:
    def __init__(self, base_url, client_id, private_key_pem):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.private_key = private_key_pem
        self.access_token = None
        self.expires_at = 0

    def _assertion(self):
        now = int(time.time())
        claims = {"iss": self.client_id, "sub": self.client_id, "aud": os.environ[TOKEN_URL_ENV],
                  "jti": str(uuid.uuid4()), "exp": now + 300}
        return jwt.encode(claims, self.private_key, algorithm="RS384")

    def authenticate(self):
        resp = requests.post(os.environ[TOKEN_URL_ENV], data={
            "grant_type": "client_credentials",
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": self._assertion(),
        }, timeout=15)
        if resp.status_code != 200:
            log.error("token endpoint returned %s: %s", resp.status_code, resp.text)
            raise RuntimeError(f"SMART auth failed for client {self.client_id}")
        body = resp.json()
        self.access_token = body["access_token"]
        self.expires_at = time.time() + body.get("expires_in", 300)
        log.info("got token type=%s scope=%s expires_in=%s", body.get("token_type"), body.get("scope"), body.get("expires_in"))
        log.debug("bearer for %s: %s", self.base_url, self.access_token)

    def get(self, path):
        if time.time() > self.expires_at - 30:
            self.authenticate()
        headers = {"Authorization": f"Bearer {self.access_token}", "Accept": "application/fhir+json"}
        r = requests.get(f"{self.base_url}/{path}", headers=headers, timeout=20)
        if r.status_code == 401:
            raise PermissionError(f"FHIR 401 on {path} with headers {headers}")
        return r.json()


async def red_team_summary_model(model_id):
    try:
        async with ModelRed() as client:
            return await client.run_assessment(model_id=model_id, test_suites=["phi_leakage"])
    except ModelRedError as e:
        log.error("assessment failed: %s", e)
        return None
