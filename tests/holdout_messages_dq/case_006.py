"""Nightly ModelRed assessments for the support bot (generation 1), as a library function."""

import asyncio
import logging
import os

from modelred import (
    AuthenticationError,
    ModelRed,
    ModelRedError,
    QuotaExceededError,
    ValidationError,
)

log = logging.getLogger("support.redteam")

SUITES = ["basic_security", "prompt_injection", "jailbreak"]


def _check_key() -> None:
    api_key = os.getenv("MODELRED_API_KEY", "")
    if not api_key:
        raise RuntimeError("MODELRED_API_KEY is not set")
    if not api_key.startswith("mr_") or len(api_key) < 12:
        raise RuntimeError(f"MODELRED_API_KEY is not a ModelRed key: {api_key}")


async def run_nightly(model_id: str, suites: list[str] | None = None) -> dict:
    _check_key()
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=suites or SUITES,
                priority="low",
                wait_for_completion=True,
                timeout_minutes=90,
            )
    except ModelRedError as exc:
        match exc:
            case QuotaExceededError():
                log.warning("quota exhausted while testing %s", model_id)
                return {"ok": False, "error": "quota exceeded, try tomorrow"}
            case AuthenticationError():
                log.error("ModelRed authentication failed: %s", exc)
                return {"ok": False, "error": "authentication failed"}
            case ValidationError():
                return {"ok": False, "error": f"invalid request: {exc}"}
            case _:
                log.exception("assessment for %s failed", model_id)
                return {"ok": False, "error": type(exc).__name__}
    return {"ok": True, "assessment_id": result.get("assessment_id"), "score": result.get("overall_score")}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(run_nightly(os.environ.get("SUPPORT_MODEL_ID", "support-bot-v3"))))
