"""Nightly job: red-team every itinerary model the agency runs (generation 3 SDK)."""
import logging
import os
import time

from modelred import ModelRed, APIError, RateLimited, Unauthorized

log = logging.getLogger("nightly-scan")

PACKS = ["travel-pii", "jailbreak-basic", "booking-abuse"]
POLL_SECONDS = 30


class NightlyScanner:
    def __init__(self, api_key):
        self.api_key = api_key
        self.client = ModelRed(api_key, timeout=30.0, max_retries=5)

    def models(self):
        page = self.client.list_models(page_size=100)
        return [m["id"] for m in page.get("data", []) if m.get("tags", {}).get("team") == "itinerary"]

    def scan(self, model_id):
        try:
            a = self.client.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="low")
        except RateLimited as exc:
            log.info("rate limited, sleeping %s", getattr(exc, "retry_after", 60))
            time.sleep(getattr(exc, "retry_after", 60))
            return self.scan(model_id)
        except Unauthorized as exc:
            raise RuntimeError(f"nightly scan key rejected: {exc}") from exc
        return a["id"]

    def wait(self, assessment_id, limit=3600):
        start = time.time()
        while time.time() - start < limit:
            a = self.client.get_assessment(assessment_id)
            if a.get("status") in ("completed", "failed"):
                return a
            time.sleep(POLL_SECONDS)
        raise TimeoutError(f"assessment {assessment_id} did not finish in {limit}s")


def main():
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        log.critical("MODELRED_API_KEY does not look like a ModelRed key: %r", key)
        return 2
    scanner = NightlyScanner(key)
    for model_id in scanner.models():
        try:
            result = scanner.wait(scanner.scan(model_id))
            log.info("%s: %s (score %s)", model_id, result.get("status"), result.get("score"))
        except APIError as exc:
            log.error("%s failed: %s", model_id, exc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
