"""Retry helper around the ModelRed SDK (generation 3) for the CI gate."""
import logging
import os
import random
import time
from typing import Callable, TypeVar

from modelred import APIError, ModelRed, RateLimited, ServerError, Unauthorized

T = TypeVar("T")
log = logging.getLogger("ci.modelred")

MODELRED_KEY = os.getenv("MODELRED_API_KEY", "")
TRANSIENT = (RateLimited, ServerError)
MAX_ATTEMPTS = int(os.getenv("MODELRED_MAX_ATTEMPTS", "5"))


def with_retries(fn: Callable[[], T], what: str) -> T:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return fn()
        except TRANSIENT as e:
            delay = getattr(e, "retry_after", None) or min(30, 2 ** attempt) + random.random()
            log.warning("%s: %s on attempt %d/%d, sleeping %.1fs", what, type(e).__name__, attempt, MAX_ATTEMPTS, delay)
            if attempt == MAX_ATTEMPTS:
                raise RuntimeError(f"{what} failed after {MAX_ATTEMPTS} attempts: {e}") from e
            time.sleep(delay)
        except Unauthorized:
            log.error("%s: MODELRED_API_KEY=%s is not valid", what, MODELRED_KEY)
            raise
    raise AssertionError("unreachable")


def gate(model_id: str, packs: list[str], threshold: float = 0.8) -> bool:
    if not MODELRED_KEY:
        log.error("MODELRED_API_KEY is empty (%r); skipping gate", MODELRED_KEY)
        return True
    with ModelRed(MODELRED_KEY, timeout=30.0, max_retries=0) as client:
        a = with_retries(lambda: client.create_assessment(model_id=model_id, probe_pack_ids=packs), "create_assessment")
        while a.status not in ("COMPLETED", "FAILED", "CANCELLED"):
            time.sleep(15)
            a = with_retries(lambda: client.get_assessment(a.id), "get_assessment")
    score = getattr(a, "score", 0.0) or 0.0
    log.info("assessment %s: status=%s score=%.2f threshold=%.2f", a.id, a.status, score, threshold)
    return a.status == "COMPLETED" and score >= threshold


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    try:
        ok = gate(os.environ["CI_MODEL_ID"], os.environ.get("CI_PACKS", "owasp-llm-top10").split(","))
    except APIError as e:
        log.error("gate errored: %s", e)
        ok = False
    raise SystemExit(0 if ok else 1)
