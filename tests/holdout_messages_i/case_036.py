"""Assessment service for the nightly job (ModelRed SDK generation 1, async)."""
import logging

from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError, ValidationError

logger = logging.getLogger("nightly.assessments")

SUITES = ["basic_security", "prompt_injection", "jailbreak_resistance"]


class AssessmentFailed(Exception):
    pass


async def run_nightly(model_id: str) -> dict:
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=model_id, test_suites=SUITES, priority="normal", wait_for_completion=True, timeout_minutes=90)
    except AuthenticationError:
        logger.error("ModelRed authentication failed for the nightly run")
        raise AssessmentFailed("Authentication failed")
    except QuotaExceededError as e:
        logger.warning("quota exceeded: %s", type(e).__name__)
        raise AssessmentFailed("Monthly assessment quota reached") from e
    except ValidationError as e:
        raise AssessmentFailed(f"ModelRed rejected the request for {model_id}: {e}") from e
    except ModelRedError as e:
        logger.error("nightly assessment failed: %s", e)
        raise
    logger.info("assessment %s: score %s", result.assessment_id, result.overall_score)
    return {"assessment_id": result.assessment_id, "score": result.overall_score}


async def status(assessment_id: str) -> dict:
    try:
        async with ModelRed() as client:
            st = await client.get_assessment_status(assessment_id)
    except ModelRedError as e:
        return {"assessment_id": assessment_id, "state": "unknown", "reason": e.args[0] if e.args else "unknown"}
    return {"assessment_id": assessment_id, "state": st.get("status"), "progress": st.get("progress")}


async def ensure_key() -> bool:
    try:
        async with ModelRed() as client:
            info = await client.validate_api_key()
    except ModelRedError as e:
        raise AssessmentFailed("ModelRed key check failed. Please try again.") from e
    logger.info("key valid for organisation %s (plan %s)", info.get("organization"), info.get("plan"))
    return bool(info.get("valid"))
