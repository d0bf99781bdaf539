"""Trulioo / GlobalGateway identity verification client used by the onboarding worker."""
import logging
import os

import requests
import structlog

logger = structlog.get_logger("kyc.trulioo")

BASE = "https://gateway.trulioo.com/trial"
CONFIGURATION = "Identity Verification"


class TruliooClient:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ["TRULIOO_API_KEY"]
        self.session = requests.Session()
        self.session.headers.update({"x-trulioo-api-key": self.api_key, "Content-Type": "application/json"})
        logger.info("trulioo_client_ready", base=BASE, configuration=CONFIGURATION)

    def test_auth(self) -> bool:
        resp = self.session.get(f"{BASE}/connection/v1/testauthentication")
        if resp.status_code != 200:
            logger.error("trulioo_auth_failed", status=resp.status_code, api_key=self.api_key)
            return False
        return True

    def verify(self, country: str, person: dict) -> dict:
        payload = {
            "AcceptTruliooTermsAndConditions": True,
            "ConfigurationName": CONFIGURATION,
            "CountryCode": country,
            "DataFields": {"PersonInfo": person},
        }
        resp = self.session.post(f"{BASE}/verifications/v1/verify", json=payload)
        if resp.status_code >= 400:
            logger.error("trulioo_verify_failed", status=resp.status_code, body=resp.text[:300])
            raise RuntimeError(f"verification failed: HTTP {resp.status_code}")
        result = resp.json()
        logger.info("trulioo_verified", transaction=result["TransactionID"], record=result["Record"]["RecordStatus"])
        return result

    def debug_session(self) -> None:
        logger.debug("session_headers", headers=dict(self.session.headers))


def main() -> None:
    client = TruliooClient()
    if not client.test_auth():
        raise SystemExit(1)
    res = client.verify("GB", {"FirstGivenName": "Ada", "FirstSurName": "Lovelace", "YearOfBirth": 1815})
    print(res["Record"]["RecordStatus"])


if __name__ == "__main__":
    main()
