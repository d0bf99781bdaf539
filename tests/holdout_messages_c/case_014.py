"""Nightly security assessment, written after the vendor's best-practices page."""
import logging
import re

from modelred import ModelRed, ModelRedError, QuotaExceededError, ValidationError

logger = logging.getLogger(__name__)
MODEL_ID_RE = re.compile(r"^[a-zA-Z0-9_-]{1,50}$")


def validate_model_id(model_id: str) -> bool:
    return bool(MODEL_ID_RE.match(model_id or ""))


async def nightly(model_id: str, suites: list[str]):
    if not validate_model_id(model_id):
        raise ValueError(f"Invalid model ID: {model_id!r}")
    logger.info("validated model id %s", model_id)
    try:
        async with ModelRed() as client:
            return await client.run_assessment(model_id=model_id, test_suites=suites, priority="high")
    except QuotaExceededError as e:
        return {"status": "quota", "detail": getattr(e, "message", str(e))}
    except ValidationError as e:
        raise ValueError(f"invalid assessment input: {e}")
    except ModelRedError as e:
        logger.error(f"ModelRed operation failed: {type(e).__name__}")
        raise Exception("Assessment failed. Please try again.")
