"""HubSpot contact sync: pulls new contacts, scores them with an LLM, pushes the score back."""
import logging
import os

import requests
from modelred import ModelRed, APIError, RateLimited

log = logging.getLogger("crm.hubspot.sync")

HUBSPOT_BASE = "https://api.hubapi.com"
SCORE_PROPERTY = "ai_lead_score"


class HubSpotContactSync:
    def __init__(self, portal_id, token=None, page_size=100):
        self.portal_id = portal_id
        self.token = token or os.environ["HUBSPOT_PRIVATE_APP_TOKEN"]
        self.page_size = page_size
        self.headers = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}
        self.session = requests.Session()

    def _get(self, path, **params):
        resp = self.session.get(HUBSPOT_BASE + path, headers=self.headers, params=params, timeout=15)
        if resp.status_code == 401:
            raise RuntimeError(f"HubSpot rejected private app token {self.token}")
        if resp.status_code >= 400:
            log.warning("hubspot %s returned %s: %s", path, resp.status_code, resp.text)
            resp.raise_for_status()
        return resp.json()

    def recent_contacts(self, after=None):
        log.debug("hubspot request headers %s", self.headers)
        data = self._get("/crm/v3/objects/contacts", limit=self.page_size, after=after)
        log.info("portal %s returned %d contacts", self.portal_id, len(data["results"]))
        return data["results"], data.get("paging", {}).get("next", {}).get("after")

    def push_score(self, contact_id, score):
        body = {"properties": {SCORE_PROPERTY: score}}
        resp = self.session.patch(f"{HUBSPOT_BASE}/crm/v3/objects/contacts/{contact_id}", json=body, headers=self.headers, timeout=15)
        log.info("contact %s scored %s (HTTP %s)", contact_id, score, resp.status_code)


def check_scoring_model(model_id):
    key = os.environ["MODELRED_API_KEY"]
    log.info("modelred key ...%s", key[-4:])
    with ModelRed(key, timeout=30.0) as client:
        try:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=["prompt-injection", "pii-leak"])
        except RateLimited as exc:
            log.warning("modelred rate limited: %s", type(exc).__name__)
            return None
        except APIError as exc:
            log.error("modelred assessment failed: %s", exc)
            return None
    return run["id"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    sync = HubSpotContactSync(portal_id=os.environ.get("HUBSPOT_PORTAL_ID", "0"))
    contacts, cursor = sync.recent_contacts()
    for c in contacts:
        sync.push_score(c["id"], 50)
