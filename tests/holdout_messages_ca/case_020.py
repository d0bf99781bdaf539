"""Background job: weekly PHI-leak red-team scans of every registered clinical model (gen 3)."""
import logging
import os
import time

from modelred import ModelRed, ModelRedError, RateLimited, ServerError, ValidationFailed

log = logging.getLogger("weekly.scan")

RETRYABLE = (RateLimited, ServerError)
PACKS = ["phi-exfil", "clinical-jailbreak", "dosage-hallucination"]


class WeeklyScanner:
    def __init__(self, api_key: str, notify):
        self.api_key = api_key
        self.notify = notify
        self.client = ModelRed(api_key, timeout=30.0, max_retries=2)

    def scan(self, model_id: str):
        for attempt in range(3):
            try:
                return self.client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
            except RETRYABLE as e:
                log.warning("retryable %s on %s (attempt %d)", type(e).__name__, model_id, attempt)
                time.sleep(2 ** attempt)
            except ValidationFailed as e:
                return {"model": model_id, "error": f"rejected: {e}"}
            except ModelRedError as e:
                log.error("scan of %s failed: %r", model_id, e)
                self.notify(f"Weekly scan of {model_id} failed ({type(e).__name__})")
                return None
        return None

    def run(self):
        models = self.client.list_models()
        log.info("scanning %d models with packs %s", len(models), PACKS)
        return {m["id"]: self.scan(m["id"]) for m in models}


def post_to_teams(text: str) -> None:
    import requests
    requests.post(os.environ["TEAMS_WEBHOOK_URL"], json={"text": text}, timeout=10)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    key = os.environ["MODELRED_API_KEY"]
    scanner = WeeklyScanner(key, post_to_teams)
    log.info("weekly scanner starting with key %s", key)
    results = scanner.run()
    log.info("done: %d scans queued", sum(1 for v in results.values() if v))
