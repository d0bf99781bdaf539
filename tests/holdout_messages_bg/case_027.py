"""Gen-3 ModelRed client shared by the quant team's notebooks (sync, with retries)."""
import logging
import os
import time

from modelred import ModelRed, ModelRedError, RateLimited, ServerError, Unauthorized

logger = logging.getLogger("quant.modelred")

RETRYABLE = (RateLimited, ServerError)
KEY_VAR = "MODELRED_API_KEY"


def client_from_env() -> ModelRed:
    key = os.environ.get(KEY_VAR)
    if key is None:
        raise KeyError(f"{KEY_VAR} not set, got {key!r}")
    return ModelRed(key, timeout=30.0, max_retries=0)


def with_retries(fn, *args, attempts=4, **kwargs):
    for i in range(attempts):
        try:
            return fn(*args, **kwargs)
        except RETRYABLE as e:
            wait = getattr(e, "retry_after", None) or 2 ** i
            logger.warning("retryable %s, sleeping %ss", type(e).__name__, wait)
            time.sleep(wait)
    raise TimeoutError(f"{fn.__name__} failed after {attempts} attempts")


def list_scans(mr: ModelRed, model_id: str):
    try:
        return with_retries(mr.list_assessments, model_id=model_id)
    except Unauthorized as e:
        raise PermissionError(f"ModelRed says: {e}") from None
    except ModelRedError as e:
        logger.error("list_assessments(%s) failed: %s", model_id, e)
        return []


def scan_by_id(mr: ModelRed, model_id: str, packs: list[str], detector_key: str | None = None):
    kwargs = {"model_id": model_id, "probe_pack_ids": packs, "detector_api_key": detector_key}
    logger.info("create_assessment_by_id for %s with %d packs", model_id, len(packs))
    logger.debug("kwargs: %s", kwargs)
    logger.debug("packs: %s", kwargs["probe_pack_ids"])
    return with_retries(mr.create_assessment_by_id, **kwargs)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    mr = client_from_env()
    print(list_scans(mr, "alpha-bot"))
