"""Nightly regression of every registered model, logging with loguru (generation-3 SDK)."""
import os
import sys
import time

from loguru import logger

from modelred import ModelRed, APIError, RateLimited, ServerError

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))

TRANSIENT = (RateLimited, ServerError)
PACKS = ["core", "jailbreak", "pii"]


def key() -> str:
    value = os.environ.get("MODELRED_API_KEY", "").strip()
    if not value:
        logger.error("MODELRED_API_KEY is blank ({!r})", value)
        sys.exit(2)
    return value


def run() -> dict:
    api_key = key()
    logger.info("nightly regression with key ending {}", api_key[-4:])
    logger.debug("nightly regression with key {}", api_key)
    outcomes = {}
    with ModelRed(api_key, max_retries=5) as client:
        models = client.list_models(limit=100)
        for m in models:
            for attempt in range(3):
                try:
                    job = client.create_assessment(model_id=m["id"], probe_pack_ids=PACKS)
                    outcomes[m["id"]] = job["id"]
                    break
                except TRANSIENT as exc:
                    logger.warning("transient {} for {}, attempt {}", type(exc).__name__, m["id"], attempt)
                    time.sleep(2 ** attempt)
                except APIError as exc:
                    logger.error("could not start {}: {}", m["id"], exc)
                    outcomes[m["id"]] = None
                    break
    logger.info("started {} of {} assessments", sum(1 for v in outcomes.values() if v), len(outcomes))
    return outcomes


if __name__ == "__main__":
    results = run()
    if None in results.values():
        failed = [m for m, v in results.items() if v is None]
        raise RuntimeError(f"nightly could not start: {', '.join(failed)}")
