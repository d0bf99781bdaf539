"""Async SDK wrapper (generation 1) that exposes a small service API to other teams."""
import logging

from modelred import AssessmentError, ModelNotFoundError, ModelRed, ModelRedError, TierRestrictedError

logger = logging.getLogger(__name__)


class RedTeamService:
    def __init__(self, api_key: str):
        self._key = api_key
        if not api_key:
            raise ValueError("api_key is required")

    async def status(self, assessment_id: str) -> dict:
        try:
            async with ModelRed(api_key=self._key) as client:
                return await client.get_assessment_status(assessment_id)
        except ModelNotFoundError:
            return {"status": "unknown", "assessment_id": assessment_id}
        except ModelRedError as e:
            logger.error("status failed: %s", e)
            return {"status": "error", "detail": repr(e)}

    async def run(self, model_id: str, suites: list[str]) -> dict:
        try:
            async with ModelRed(api_key=self._key) as client:
                return await client.run_assessment(model_id=model_id, test_suites=suites)
        except TierRestrictedError as e:
            logger.info("tier restriction for %s: %s", model_id, e)
            return {"status": "error", "detail": "your plan does not include these suites"}
        except AssessmentError as e:
            msg = f"assessment failed: {e}"
            logger.warning(msg)
            return {"status": "error", "detail": msg}
        except ModelRedError:
            logger.exception("run failed for %s", model_id)
            raise

    async def validate(self) -> bool:
        async with ModelRed(api_key=self._key) as client:
            ok = await client.validate_api_key()
        if not ok:
            logger.error("ModelRed key invalid: %s", self._key)
        return ok
