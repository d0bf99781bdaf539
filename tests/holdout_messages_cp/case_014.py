"""Generation-1 client used from a Twisted-style deferred chain, now plain asyncio.

The "ai_checks" module of the legacy monitoring daemon.
"""
import asyncio
import logging
import traceback

from modelred import ModelRed, ModelRedError, QuotaExceededError, AssessmentError

logger = logging.getLogger("monitord.ai_checks")


def on_progress(status):
    logger.info("assessment progress: %s", status)


async def check_model(model_id, suites, api_key):
    async with ModelRed(api_key=api_key) as client:
        try:
            ok = await client.validate_api_key()
        except ModelRedError:
            traceback.print_exc()
            return {"model": model_id, "state": "UNKNOWN", "text": "key check failed"}
        if not ok:
            logger.error("validate_api_key() false for key %s", api_key)
            return {"model": model_id, "state": "CRITICAL", "text": "bad key"}
        try:
            res = await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True, progress_callback=on_progress)
        except QuotaExceededError as e:
            return {"model": model_id, "state": "WARNING", "text": "quota: " + str(e)}
        except AssessmentError as e:
            logger.warning("assessment for %s failed: %s", model_id, e)
            return {"model": model_id, "state": "CRITICAL", "text": "assessment failed"}
    score = res.get("overall_score", 0)
    state = "OK" if score >= 7 else "WARNING"
    return {"model": model_id, "state": state, "text": "score %.1f" % score}


def run_checks(models, suites, api_key):
    loop = asyncio.new_event_loop()
    try:
        results = loop.run_until_complete(asyncio.gather(*[check_model(m, suites, api_key) for m in models]))
    finally:
        loop.close()
    for r in results:
        logger.info("%(model)s %(state)s %(text)s", r)
    return results
