"""Gen-1 ModelRed helpers for the hospital's LLM governance board reports."""
import asyncio
import logging

from modelred import ModelRed, ModelRedError, QuotaExceededError, SubscriptionLimitError

logger = logging.getLogger("governance")

SUITES = ["basic_security", "phi_leakage", "medical_misinformation"]


async def run_board_review(model_id: str, api_key: str, on_progress=None) -> dict:
    if not api_key:
        raise ValueError(f"api_key required for board review, got {api_key!r}")
    async with ModelRed(api_key=api_key) as client:
        try:
            result = await client.run_assessment(model_id=model_id, test_suites=SUITES,
                                                 wait_for_completion=True, timeout_minutes=90,
                                                 progress_callback=on_progress)
        except QuotaExceededError as e:
            logger.warning("quota exceeded for %s: %s", model_id, e)
            raise RuntimeError("ModelRed quota exhausted; ask governance office for more credits")
        except SubscriptionLimitError as e:
            raise RuntimeError(f"subscription limit: {e}") from e
        except ModelRedError as e:
            logger.error("review failed for %s using key %s: %s", model_id, api_key, type(e).__name__)
            raise
    return result


def progress(done: int, total: int) -> None:
    logger.info("review progress %d/%d", done, total)


async def review_all(models: list, api_key: str) -> list:
    results = []
    for m in models:
        try:
            results.append(await run_board_review(m, api_key, progress))
        except RuntimeError as err:
            results.append({"model": m, "error": str(err)})
    return results


def format_row(result: dict) -> str:
    score = result.get("overall_score", "n/a")
    tokens = result.get("total_tokens", 0)
    return f"{result.get('model_id', '?'):<24} score={score} tokens={tokens}"


if __name__ == "__main__":
    import os
    rows = asyncio.run(review_all(["sepsis-explainer", "discharge-v2"], os.environ["MODELRED_API_KEY"]))
    for r in rows:
        print(format_row(r))
