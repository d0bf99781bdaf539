"""Nightly scan job, written after the vendor's security page (nothing to report)."""
import logging
import os

from modelred import ModelRed, ModelRedError

logger = logging.getLogger(__name__)
API_KEY_ENV = "MODELRED_API_KEY"


def _key() -> str:
    key = os.environ.get(API_KEY_ENV)
    if not key:
        raise RuntimeError(f"{API_KEY_ENV} is not set")
    return key


def run(model: str) -> str:
    key = _key()
    logger.info("ModelRed key ending in %s", key[-4:])
    logger.info("ModelRed key set: %s", "yes" if key else "no")
    try:
        with ModelRed(key) as client:
            a = client.create_assessment(model=model, probe_pack_ids=["owasp-llm-top10"])
    except ModelRedError as e:
        logger.error("ModelRed operation failed: %s", type(e).__name__)
        raise RuntimeError("Assessment failed. Please try again.") from e
    logger.info("assessment %s for %s", a.id, model)
    return a.id
