"""Async kopf operator running generation-1 ModelRed assessments for ModelScan objects."""
import logging
import os

import kopf
from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

logger = logging.getLogger(__name__)
MODELRED_KEY_ENV = "MODELRED_API_KEY"


@kopf.on.startup()
async def check_env(logger, **_):
    present = MODELRED_KEY_ENV in os.environ
    logger.info("%s present in pod env: %s", MODELRED_KEY_ENV, present)


@kopf.on.create("security.example.com", "v1alpha1", "modelscans")
async def run_scan(spec, name, namespace, patch, **_):
    key = os.environ[MODELRED_KEY_ENV]
    suites = spec.get("testSuites", ["basic_security"])
    logger.info(f"starting assessment for {spec['modelId']} with key {key}")
    logger.info("suites=%s priority=%s", suites, spec.get("priority", "normal"))
    try:
        async with ModelRed(api_key=key) as client:
            result = await client.run_assessment(
                model_id=spec["modelId"],
                test_suites=suites,
                priority=spec.get("priority", "normal"),
                wait_for_completion=False,
            )
    except AuthenticationError:
        raise kopf.PermanentError("ModelRed authentication failed; check the operator secret")
    except QuotaExceededError as e:
        logger.warning("quota exceeded for %s: %s", name, type(e).__name__)
        raise kopf.TemporaryError("ModelRed quota exceeded", delay=3600)
    except ModelRedError as e:
        raise kopf.TemporaryError(f"assessment failed: {e}", delay=60)
    patch.status["assessmentId"] = result.assessment_id
    patch.status["phase"] = "Submitted"
    logger.info("assessment %s submitted for %s/%s", result.assessment_id, namespace, name)


@kopf.timer("security.example.com", "v1alpha1", "modelscans", interval=120, idle=30)
async def poll(status, patch, name, **_):
    assessment_id = status.get("assessmentId")
    if not assessment_id or status.get("phase") == "Completed":
        return
    async with ModelRed() as client:
        try:
            st = await client.get_assessment_status(assessment_id)
        except ModelRedError as e:
            logger.exception("status poll for %s failed: %s", name, e)
            return
    patch.status["phase"] = st.get("status", "Unknown").title()
    patch.status["progress"] = st.get("progress", 0)
