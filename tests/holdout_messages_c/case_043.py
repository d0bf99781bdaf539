"""Retrying wrapper over the 0.1.3x client for the scheduler."""
import logging
import time

from modelred import ModelRedClient, ModelRedError, RateLimitError, ServerError

logger = logging.getLogger(__name__)
RETRYABLE = (RateLimitError, ServerError)


class AssessmentUnavailable(RuntimeError):
    pass


class WrapperError(RuntimeError):
    pass


class Scheduler:
    def __init__(self, api_key: str, attempts: int = 4):
        self._client = ModelRedClient(api_key=api_key)
        self._attempts = attempts

    def submit(self, model: str, test_types: list[str]) -> str:
        last = None
        for attempt in range(1, self._attempts + 1):
            try:
                return self._client.create_assessment(model=model, test_types=test_types)["id"]
            except RETRYABLE as e:
                last = e
                logger.warning("attempt %d failed: %s", attempt, e)
                time.sleep(min(30, 2 ** attempt))
            except ModelRedError as e:
                raise WrapperError("ModelRed rejected the assessment") from e
        raise AssessmentUnavailable(f"gave up after {self._attempts} tries: {last}")

    def status(self, assessment_id: str) -> str:
        try:
            return self._client.get_assessment(assessment_id)["status"]
        except ModelRedError:
            logger.exception("status of %s", assessment_id)
            raise
