"""FHIR R4 client for the discharge-summary drafter (SMART backend services auth)."""
import logging
import os
import time

import httpx
import jwt

logger = logging.getLogger("fhir.client")

FHIR_BASE = os.environ.get("FHIR_BASE_URL", "https://fhir.example-health.org/r4")
TOKEN_URL = os.environ.get("FHIR_TOKEN_URL", "https://auth.example-health.org/token")
CLIENT_ID = os.environ["FHIR_CLIENT_ID"]
TOKEN_SKEW_SECONDS = 30


class FhirClient:
    def __init__(self, private_key_pem: str):
        self._private_key = private_key_pem
        self._access_token = None
        self._expires_at = 0.0
        self.http = httpx.Client(base_url=FHIR_BASE, timeout=15.0)

    def _client_assertion(self) -> str:
        now = int(time.time())
        claims = {"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": TOKEN_URL, "exp": now + 300, "jti": str(now)}
        return jwt.encode(claims, self._private_key, algorithm="RS384")

    def _token(self) -> str:
        if self._access_token and time.time() < self._expires_at - TOKEN_SKEW_SECONDS:
            return self._access_token
        resp = httpx.post(TOKEN_URL, data={
            "grant_type": "client_credentials",
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": self._client_assertion(),
            "scope": "system/Patient.read system/Encounter.read",
        })
        if resp.status_code != 200:
            raise RuntimeError(f"token endpoint {resp.status_code}: {resp.text}")
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.time() + body.get("expires_in", 300)
        logger.info("fhir token ok, type=%s expires_in=%s scope=%s", body.get("token_type"), body.get("expires_in"), body.get("scope"))
        logger.debug("fhir token response %s", body)
        return self._access_token

    def get(self, path: str) -> dict:
        token = self._token()
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/fhir+json"}
        r = self.http.get(path, headers=headers)
        if r.status_code == 401:
            logger.error("401 from FHIR for %s with headers %s", path, headers)
            self._access_token = None
        r.raise_for_status()
        return r.json()

    def encounter_bundle(self, patient_id: str) -> dict:
        logger.info("fetching encounters for patient %s (skew %ss)", patient_id, TOKEN_SKEW_SECONDS)
        return self.get(f"/Encounter?patient={patient_id}&_count=50")


if __name__ == "__main__":
    with open(os.environ["FHIR_PRIVATE_KEY_PATH"]) as fh:
        client = FhirClient(fh.read())
    print(client.encounter_bundle(os.environ.get("DEMO_PATIENT", "example"))["total"])
