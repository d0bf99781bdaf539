"""Assessment runner with retries over transient ModelRed errors (SDK generation 3)."""
import logging
import os
import time

from modelred import *  # noqa: F403  (the package's __all__ lists the client and its errors)

log = logging.getLogger("runner")

RETRYABLE = (RateLimited, ServerError)  # noqa: F405
MAX_ATTEMPTS = 4


def start(model_id: str, pack_ids: list[str]) -> dict:
    last = None
    with ModelRed(os.environ["MODELRED_API_KEY"], max_retries=0) as client:  # noqa: F405
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                created = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=pack_ids)
                return {"status": "started", "id": created["id"], "attempts": attempt}
            except RETRYABLE as e:
                last = e
                log.warning("attempt %d/%d: %s, retrying", attempt, MAX_ATTEMPTS, type(e).__name__)
                time.sleep(min(30, 2 ** attempt))
            except NotFound:  # noqa: F405
                return {"status": "failed", "detail": f"unknown model {model_id}"}
    log.error("giving up after %d attempts: %s", MAX_ATTEMPTS, last)
    return {"status": "failed", "detail": str(last)}


def cancel_all(assessment_ids: list[str]) -> dict:
    failures = {}
    with ModelRed(os.environ["MODELRED_API_KEY"]) as client:  # noqa: F405
        for aid in assessment_ids:
            try:
                client.cancel_assessment(aid)
            except Conflict:  # noqa: F405
                failures[aid] = "already finished"
            except APIError as e:  # noqa: F405
                failures[aid] = f"{type(e).__name__} (status {getattr(e, 'status_code', '?')})"
    log.info("cancelled %d of %d", len(assessment_ids) - len(failures), len(assessment_ids))
    return {"failures": failures}


def owned_probes(limit: int = 50) -> list[dict]:
    with ModelRed(os.environ["MODELRED_API_KEY"]) as client:  # noqa: F405
        try:
            return client.list_owned_probes(limit=limit).get("data", [])
        except ModelRedError as e:  # noqa: F405
            raise RuntimeError(f"listing probes failed: {e}") from e
