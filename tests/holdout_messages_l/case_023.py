"""Scheduled re-assessment of production models (ModelRed 0.1.40)."""
import logging
import os
import time

from modelred import ModelRed, APIError, LimitExceeded, RateLimited, ServerError

log = logging.getLogger("reassess")
RETRYABLE = (RateLimited, ServerError)


class ReassessError(RuntimeError):
    pass


def reassess(model_id, packs, attempts=4):
    key = os.environ["MODELRED_API_KEY"]
    client = ModelRed(key, timeout=30.0, max_retries=0)
    for attempt in range(attempts):
        try:
            return client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except RETRYABLE as exc:
            delay = 2 ** attempt
            log.warning("attempt %d for %s failed with %s, retry in %ds",
                        attempt + 1, model_id, type(exc).__name__, delay)
            time.sleep(delay)
        except LimitExceeded as exc:
            raise ReassessError(f"plan limit reached while assessing {model_id}") from exc
        except APIError as exc:
            raise ReassessError(f"ModelRed refused {model_id}: {exc}") from exc
    raise ReassessError(f"{model_id}: still failing after {attempts} attempts")


def nightly(models, packs):
    results = {}
    for model_id in models:
        try:
            results[model_id] = reassess(model_id, packs)["id"]
        except ReassessError as err:
            log.error("nightly: %s", err)
            results[model_id] = None
    log.info("nightly done: %d/%d scheduled", sum(v is not None for v in results.values()), len(models))
    return results


def status_page(results):
    lines = [f"{m}: {'scheduled ' + aid if aid else 'FAILED'}" for m, aid in results.items()]
    return "\n".join(lines)
