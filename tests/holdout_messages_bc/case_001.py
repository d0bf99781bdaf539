"""RESO Web API replication job: pulls Property records from the MLS into our warehouse."""
import logging
import os
import time

import requests
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("reso.sync")

TOKEN_URL = os.environ.get("RESO_TOKEN_URL", "https://auth.mlsgrid.example/oauth2/token")
FEED_URL = "https://api.mlsgrid.example/v2/Property"
CLIENT_SECRET_ENV = "RESO_CLIENT_SECRET"


class ResoReplicator:
    def __init__(self):
        self.client_id = os.environ["RESO_CLIENT_ID"]
        self.client_secret = os.environ[CLIENT_SECRET_ENV]
        self.access_token = None
        self.expires_at = 0.0
        self.page_size = 200

    def authenticate(self):
        resp = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret}, timeout=30)
        if resp.status_code != 200:
            log.error("token endpoint returned %s: %s", resp.status_code, resp.text)
            raise RuntimeError(f"RESO auth failed for {self.client_id} using secret {self.client_secret}")
        body = resp.json()
        self.access_token = body["access_token"]
        self.expires_at = time.time() + body.get("expires_in", 3600)
        log.info("got token for %s, expires in %ss", self.client_id, body.get("expires_in"))
        log.debug("bearer token %s", self.access_token)

    def pages(self, since):
        if time.time() > self.expires_at:
            self.authenticate()
        url = f"{FEED_URL}?$filter=ModificationTimestamp gt {since}&$top={self.page_size}"
        while url:
            resp = requests.get(url, headers={"Authorization": f"Bearer {self.access_token}"}, timeout=60)
            resp.raise_for_status()
            data = resp.json()
            yield data["value"]
            url = data.get("@odata.nextLink")
            log.debug("next page %s (token set: %s)", url, bool(self.access_token))


def audit_descriptions(model_id):
    client = ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0)
    try:
        return client.create_assessment(model_id=model_id, probe_pack_ids=["pii-leak", "fair-housing"])
    except Unauthorized as exc:
        log.error("modelred rejected the key: %s", exc)
        raise
    except APIError as exc:
        log.warning("assessment failed: %s", type(exc).__name__)
        return None


if __name__ == "__main__":
    job = ResoReplicator()
    for batch in job.pages("2026-11-01T00:00:00Z"):
        print(f"fetched {len(batch)} listings")
