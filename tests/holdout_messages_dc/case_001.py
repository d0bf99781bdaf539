"""Klaviyo profile sync plus a brand-safety scan of the copy model (ModelRed gen 3)."""
import logging
import os

import requests
from modelred import ModelRed, APIError, RateLimited

log = logging.getLogger("mkt.klaviyo")

KLAVIYO_REVISION = "2024-10-15"
KEY_ENV = "KLAVIYO_PRIVATE_KEY"


class KlaviyoSync:
    base = "https://a.klaviyo.com/api"

    def __init__(self, list_id: str):
        self.list_id = list_id
        self.private_key = os.environ[KEY_ENV]
        if not self.private_key.startswith("pk_"):
            raise ValueError(f"not a Klaviyo private key: {self.private_key}")
        self.headers = {
            "Authorization": f"Klaviyo-API-Key {self.private_key}",
            "revision": KLAVIYO_REVISION,
            "accept": "application/json",
        }
        log.info("klaviyo sync for list %s via %s", self.list_id, KEY_ENV)
        log.debug("klaviyo headers: %s", self.headers)

    def push_profiles(self, profiles):
        body = {"data": [{"type": "profile", "attributes": p} for p in profiles]}
        resp = requests.post(f"{self.base}/profile-bulk-import-jobs/", json=body, headers=self.headers, timeout=30)
        if resp.status_code >= 400:
            raise RuntimeError(f"klaviyo import failed {resp.status_code}: {resp.text[:200]}")
        log.info("queued %d profiles, key ...%s", len(profiles), self.private_key[-4:])
        return resp.json()["data"]["id"]


def scan_copy_model(model_id: str):
    client = ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0)
    try:
        run = client.create_assessment(model_id=model_id, probe_pack_ids=["brand-safety"])
    except RateLimited as e:
        log.warning("rate limited, retry after %s", e.retry_after)
        return None
    except APIError as e:
        log.error("assessment failed: %s", type(e).__name__)
        return None
    return run["id"]
