"""Sync retry loop around the generation-3 ModelRed client, as a plain function module."""
import logging
import time

from modelred import ModelRed, RateLimited, ServerError, LimitExceeded, NotAllowedForApiKey, APIError

log = logging.getLogger(__name__)

TRANSIENT = (RateLimited, ServerError)
DEFAULT_PACKS = ["owasp-llm-top10"]


def create_with_retry(key, model_id, packs=None, tries=5):
    packs = packs or DEFAULT_PACKS
    with ModelRed(key, max_retries=0, timeout=20.0) as client:
        for n in range(tries):
            try:
                return client.create_assessment(model_id=model_id, probe_pack_ids=packs,
                                                detector_api_key=None)
            except TRANSIENT as err:
                wait = getattr(err, "retry_after", None) or 2 ** n
                log.info("transient %s, waiting %ss", type(err).__name__, wait)
                time.sleep(wait)
            except NotAllowedForApiKey:
                log.error("key %s may not create assessments", key)
                raise
    raise TimeoutError(f"assessment for {model_id} not created after {tries} tries")


def cancel(key, assessment_id):
    with ModelRed(key) as client:
        try:
            client.cancel_assessment(assessment_id)
        except LimitExceeded as err:
            return f"cannot cancel: {err}"
        except APIError as err:
            log.warning("cancel failed: %s", err)
            return "cancel failed"
    return "cancelled"


def list_ids(key, page_size=50):
    with ModelRed(key) as client:
        items = client.list_assessments(page_size=page_size)
    ids = [a["id"] for a in items]
    log.debug("got %d ids", len(ids))
    return ids
