"""Async retry wrapper around the generation-1 ModelRed client."""
import asyncio
import logging

from modelred import ModelRed, ModelRedError, RateLimitError, ServerError, AuthenticationError

logger = logging.getLogger("mr.retry")
RETRYABLE = (RateLimitError, ServerError)


async def run_with_retry(model_id, suites, *, api_key, attempts=4):
    delay = 1.0
    for attempt in range(attempts):
        try:
            async with ModelRed(api_key=api_key) as client:
                return await client.run_assessment(model_id=model_id, test_suites=suites,
                                                    wait_for_completion=False)
        except RETRYABLE as exc:
            logger.warning("attempt %d hit %s, sleeping %.1f", attempt, type(exc).__name__, delay)
            await asyncio.sleep(delay)
            delay *= 2
        except AuthenticationError:
            logger.error("auth failed for key %s", api_key)
            raise
    raise TimeoutError(f"gave up on {model_id} after {attempts} attempts")


async def status_for_user(assessment_id, api_key):
    try:
        async with ModelRed(api_key=api_key) as client:
            status = await client.get_assessment_status(assessment_id)
    except ModelRedError as e:
        logger.exception("status lookup failed")
        return {"assessment": assessment_id, "message": f"lookup failed: {e}"}
    return {"assessment": assessment_id, "status": status}


async def main():
    import os
    key = os.getenv("MODELRED_API_KEY", "")
    logger.info("key configured: %s (len %d)", bool(key), len(key))
    print(await status_for_user("asm_123", key))


if __name__ == "__main__":
    asyncio.run(main())
