"""Greenhouse Harvest sync: pull new applications and queue them for ModelRed-screened summaries."""
import base64
import logging
import os

import requests
from modelred import ModelRed, ModelRedError

log = logging.getLogger("ats.greenhouse")

HARVEST_URL = "https://harvest.greenhouse.io/v1"
GH_KEY_ENV = "GREENHOUSE_HARVEST_KEY"


class GreenhouseSync:
    def __init__(self, board_token: str | None = None):
        self.harvest_key = os.environ[GH_KEY_ENV]
        self.board_token = board_token or "acme-careers"
        self.on_behalf_of = os.environ.get("GREENHOUSE_USER_ID", "0")
        log.info("greenhouse sync for board %s, user %s", self.board_token, self.on_behalf_of)
        log.debug("harvest key read from %s", GH_KEY_ENV)

    def _auth(self) -> dict:
        raw = base64.b64encode(f"{self.harvest_key}:".encode()).decode()
        return {"Authorization": f"Basic {raw}", "On-Behalf-Of": self.on_behalf_of}

    def applications(self, since: str) -> list:
        resp = requests.get(f"{HARVEST_URL}/applications", headers=self._auth(), params={"last_activity_after": since}, timeout=30)
        if resp.status_code == 401:
            log.error("harvest rejected key %s (status %s)", self.harvest_key, resp.status_code)
        if not resp.ok:
            raise RuntimeError(f"harvest {resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def debug_headers(self) -> None:
        log.debug("request headers: %s", self._auth())


async def screen_models(model_id: str) -> str | None:
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=model_id, test_suites=["pii_leakage"], wait_for_completion=True)
            return result.get("status")
    except ModelRedError as e:
        log.warning("modelred screen failed: %s", type(e).__name__)
        return None


if __name__ == "__main__":
    sync = GreenhouseSync()
    apps = sync.applications("2024-01-01T00:00:00Z")
    print(f"fetched {len(apps)} applications, key ends {sync.harvest_key[-4:]}")
