import asyncio
import os
import sys

from loguru import logger
from modelred import AsyncModelRed, RateLimitError, ModelRedError

logger.remove()
logger.add(sys.stderr, level="INFO")

MODELS = ["contract-qa", "clause-risk-scorer", "deposition-summariser"]
TEST_TYPES = ["prompt_injection", "pii_extraction", "toxicity"]


async def assess_all(api_key: str) -> dict:
    results = {}
    async with AsyncModelRed(api_key=api_key) as client:
        for m in MODELS:
            try:
                job = await client.create_assessment(model=m, test_types=TEST_TYPES, priority="normal")
                done = await client.wait_for_completion(job["id"], timeout=1800)
                results[m] = done.get("score")
                logger.info("{} scored {}", m, results[m])
            except RateLimitError as e:
                logger.warning("rate limited on {}: {}", m, e)
                await asyncio.sleep(30)
            except ModelRedError as e:
                logger.error("assessment failed for {} ({})", m, type(e).__name__)
                results[m] = None
    return results


def report(results: dict) -> str:
    lines = [f"{m:28} {score if score is not None else 'n/a'}" for m, score in results.items()]
    return "\n".join(lines)


async def main() -> int:
    api_key = os.getenv("MODELRED_API_KEY", "")
    if not api_key:
        logger.error("MODELRED_API_KEY missing (value {!r})", api_key)
        return 2
    if len(api_key) < 12:
        logger.error("MODELRED_API_KEY too short: {}", api_key)
        return 2
    results = await assess_all(api_key)
    print(report(results))
    logger.info("done with key {}...", api_key[:3])
    return 0 if all(v is not None for v in results.values()) else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
