"""Dashboard backend module: scheduled nightly scans whose results the Streamlit board shows."""
from __future__ import annotations

import logging
import os
import time

from modelred import ModelRed, APIError, RateLimited, ServerError, Conflict

logger = logging.getLogger("nightly")
RETRYABLE = (RateLimited, ServerError)


class NightlyScanner:
    def __init__(self, api_key: str, models: list[str], packs: list[str]):
        self._api_key = api_key
        self.models = models
        self.packs = packs
        self.client = ModelRed(api_key, timeout=60.0, max_retries=0)

    def __str__(self) -> str:
        return f"NightlyScanner({len(self.models)} models, {len(self.packs)} packs)"

    def start_one(self, model_id: str) -> dict:
        for attempt in range(3):
            try:
                a = self.client.create_assessment(model_id=model_id, probe_pack_ids=self.packs)
                return {"model": model_id, "assessment": a["id"], "error": None}
            except RETRYABLE as e:
                logger.info("retry %d for %s after %s", attempt, model_id, type(e).__name__)
                time.sleep(2 ** attempt)
            except Conflict:
                return {"model": model_id, "assessment": None, "error": "already running"}
            except APIError as e:
                return {"model": model_id, "assessment": None, "error": e.message}
        return {"model": model_id, "assessment": None, "error": "gave up"}

    def run(self) -> list[dict]:
        logger.info("starting %s", self)
        results = [self.start_one(m) for m in self.models]
        failed = [r["model"] for r in results if r["error"]]
        logger.info("nightly done, %d failed: %s", len(failed), failed)
        return results

    def rotate(self, new_key: str) -> None:
        logger.info("rotating nightly key %s -> %s", self._api_key[-4:], new_key)
        self._api_key = new_key
        self.client = ModelRed(new_key, timeout=60.0, max_retries=0)


if __name__ == "__main__":
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        raise SystemExit("MODELRED_API_KEY missing")
    scanner = NightlyScanner(key, os.environ.get("NIGHTLY_MODELS", "").split(","), ["pk_basic"])
    print(scanner.run())
