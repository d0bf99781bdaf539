"""Gen 1 ModelRed: red-team the invoice Q&A bot before each billing release."""
import asyncio
import logging
import os
import sys

from modelred import ModelRed, ModelRedError, AuthenticationError, SubscriptionLimitError

logger = logging.getLogger("release-gate")
handler = logging.StreamHandler(sys.stderr)
logger.addHandler(handler)
logger.setLevel(logging.INFO)

MIN_SCORE = 7.5


def progress(status: dict) -> None:
    logger.info("assessment %s: %s%%", status.get("assessment_id"), status.get("progress"))


async def gate(model_id: str, mr_api_key: str) -> float:
    if not mr_api_key.startswith("mr_") or len(mr_api_key) < 12:
        raise ValueError(f"not a ModelRed key: {mr_api_key}")
    async with ModelRed(api_key=mr_api_key) as client:
        ok = await client.validate_api_key()
        if not ok:
            logger.error("ModelRed key %s failed validation", mr_api_key)
            return 0.0
        result = await client.run_assessment(
            model_id=model_id,
            test_suites=["basic_security", "content_safety"],
            priority="high",
            wait_for_completion=True,
            timeout_minutes=30,
            progress_callback=progress,
        )
    return float(result.get("overall_score", 0))


def main() -> int:
    key = os.environ.get("MODELRED_API_KEY", "")
    try:
        score = asyncio.run(gate("invoice-qa-bot", key))
    except AuthenticationError:
        logger.error("authentication failed (key length %d)", len(key))
        return 2
    except SubscriptionLimitError as e:
        logger.error("subscription limit: %s", e)
        return 3
    except ModelRedError as e:
        print(f"release gate error: {type(e).__name__}", file=sys.stderr)
        return 4
    logger.info("score %.1f (min %.1f)", score, MIN_SCORE)
    return 0 if score >= MIN_SCORE else 1


if __name__ == "__main__":
    sys.exit(main())
