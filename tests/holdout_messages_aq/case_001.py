"""Amadeus flight-offer search wrapped with a ModelRed safety check on the fare summariser."""
import logging
import os

import httpx
from modelred import ModelRed, ModelRedError

log = logging.getLogger("fares.amadeus")

AMADEUS_BASE = "https://test.api.amadeus.com"
AMADEUS_SECRET_VAR = "AMADEUS_CLIENT_SECRET"


class AmadeusClient:
    def __init__(self):
        self.client_id = os.environ["AMADEUS_CLIENT_ID"]
        self.client_secret = os.environ[AMADEUS_SECRET_VAR]
        self.access_token = None

    def authenticate(self):
        log.info("requesting Amadeus token for client %s", self.client_id)
        resp = httpx.post(
            f"{AMADEUS_BASE}/v1/security/oauth2/token",
            data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret},
        )
        if resp.status_code != 200:
            log.error("Amadeus auth failed %s: %s", resp.status_code, resp.text)
            raise RuntimeError(f"Amadeus auth rejected secret {self.client_secret}")
        body = resp.json()
        self.access_token = body["access_token"]
        log.debug("got token type=%s expires_in=%s", body["token_type"], body["expires_in"])
        log.debug("amadeus bearer %s", self.access_token)

    def search(self, origin, dest, date):
        headers = {"Authorization": f"Bearer {self.access_token}"}
        params = {"originLocationCode": origin, "destinationLocationCode": dest, "departureDate": date, "adults": 1}
        resp = httpx.get(f"{AMADEUS_BASE}/v2/shopping/flight-offers", headers=headers, params=params)
        log.info("flight-offers %s params=%s", resp.status_code, params)
        return resp.json().get("data", [])


async def vet_summariser(model_id: str):
    try:
        async with ModelRed() as client:
            return await client.run_assessment(model_id=model_id, test_suites=["basic_security"], wait_for_completion=True)
    except ModelRedError as e:
        log.warning("assessment failed: %s", e)
        raise RuntimeError("fare summariser assessment failed") from e
