"""Domain service over the generation 2 SDK, used by the web layer."""
import logging

from modelred import AsyncModelRedClient, AuthenticationError, ModelRedError, NotFoundError

logger = logging.getLogger("services.assessments")


class AssessmentMissing(LookupError):
    pass


class AssessmentServiceError(RuntimeError):
    pass


class AssessmentService:
    def __init__(self, client: AsyncModelRedClient) -> None:
        self._client = client

    async def get(self, assessment_id: str) -> dict:
        try:
            return await self._client.get_assessment(assessment_id)
        except NotFoundError as e:
            raise AssessmentMissing(assessment_id) from e
        except AuthenticationError as e:
            logger.critical("ModelRed key rejected: %s", e)
            raise AssessmentServiceError("ModelRed credentials are misconfigured") from e
        except ModelRedError as e:
            raise AssessmentServiceError(str(e)) from e

    async def wait(self, assessment_id: str, timeout: float = 600) -> dict:
        try:
            return await self._client.wait_for_completion(assessment_id, timeout=timeout)
        except ModelRedError as e:
            raise AssessmentServiceError(
                "assessment did not finish",
                e.args,
            ) from e
