"""Fortellis (CDK) inventory pull and listing copy for the used-car lot."""
import logging
import os

import httpx
from openai import OpenAI
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("lot.copywriter")

FORTELLIS_TOKEN_URL = "https://identity.fortellis.io/oauth2/default/v1/token"
MAX_TOKENS = 220


class FortellisInventory:
    def __init__(self, client_id: str, client_secret: str, subscription_id: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self.subscription_id = subscription_id
        self._access_token = None

    def authenticate(self) -> str:
        resp = httpx.post(FORTELLIS_TOKEN_URL, data={"grant_type": "client_credentials", "scope": "anonymous"}, auth=(self.client_id, self.client_secret))
        if resp.status_code != 200:
            log.error("fortellis auth failed for %s: %s %s", self.client_id, resp.status_code, resp.text)
            raise RuntimeError(f"token request rejected for client secret {self.client_secret}")
        self._access_token = resp.json()["access_token"]
        log.debug("fortellis bearer %s", self._access_token)
        return self._access_token

    def vehicles(self, dealer_id: str) -> list:
        headers = {"Authorization": f"Bearer {self._access_token}", "Subscription-Id": self.subscription_id}
        log.info("pulling inventory dealer=%s subscription=%s", dealer_id, self.subscription_id)
        r = httpx.get(f"https://api.fortellis.io/sales/inventory/v1/vehicles?dealerId={dealer_id}", headers=headers)
        r.raise_for_status()
        return r.json()["items"]


class ListingCopywriter:
    def __init__(self):
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.llm = OpenAI(api_key=self.openai_key)

    def describe(self, vehicle: dict) -> str:
        prompt = f"Write a 60-word listing for a {vehicle['year']} {vehicle['make']} {vehicle['model']} with {vehicle['odometer']} miles."
        out = self.llm.chat.completions.create(model="gpt-4o-mini", max_tokens=MAX_TOKENS, messages=[{"role": "user", "content": prompt}])
        log.info("copy for %s used %d tokens (cap %d)", vehicle["vin"], out.usage.total_tokens, MAX_TOKENS)
        return out.choices[0].message.content


def red_team_copywriter(mr_key: str, model_id: str):
    with ModelRed(mr_key, timeout=30.0) as mr:
        try:
            return mr.create_assessment(model_id=model_id, probe_pack_ids=["pii-leak", "pricing-claims"])
        except Unauthorized:
            log.warning("modelred rejected key ending %s", mr_key[-4:])
            raise
        except APIError as exc:
            log.error("assessment for %s failed: %s", model_id, exc)
            return None
