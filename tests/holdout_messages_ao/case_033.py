"""RAG quality gate: run a ModelRed assessment of the knowledge assistant before release."""
import asyncio
import logging
from typing import Optional

import keyring
from modelred import ModelRed, AuthenticationError, ModelRedError, QuotaExceededError

logger = logging.getLogger("release.gate")

KEYRING_SERVICE = "modelred"
KEYRING_USER = "release-bot"
SUITES = ["prompt_injection", "data_leakage", "hallucination"]


def modelred_key() -> str:
    key = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    if key is None:
        raise LookupError(f"no key in keyring service={KEYRING_SERVICE} user={KEYRING_USER}")
    logger.debug("keyring gave %s", key)
    return key


async def gate(model_id: str, threshold: float = 0.85) -> tuple[bool, Optional[str]]:
    """Return (passed, reason) for the release pipeline to print in its summary."""
    key = modelred_key()
    try:
        async with ModelRed(api_key=key) as client:
            await client.validate_api_key()
            res = await client.run_assessment(model_id=model_id, test_suites=SUITES, wait_for_completion=True, timeout_minutes=30)
    except AuthenticationError as e:
        logger.error("modelred auth failed: %s", type(e).__name__)
        return False, "ModelRed authentication failed"
    except QuotaExceededError:
        return False, "ModelRed quota exceeded; gate skipped"
    except ModelRedError as e:
        return False, f"ModelRed assessment error: {e}"
    score = float(res.get("overall_score", 0.0))
    logger.info("assessment %s score %.2f (threshold %.2f)", res.get("assessment_id"), score, threshold)
    return score >= threshold, None


if __name__ == "__main__":
    ok, reason = asyncio.run(gate("kb-assistant-v3"))
    print("PASS" if ok else f"FAIL: {reason}")
