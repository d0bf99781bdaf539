"""Service layer of the eval platform: wraps SDK failures in the platform's own exceptions."""
import logging

from modelred import ModelRed, APIError, NotFound, LimitExceeded, NotAllowedForApiKey

logger = logging.getLogger("evals.service")


class EvalPlatformError(Exception):
    """Errors the API layer turns into responses for the calling team."""

    def __init__(self, message: str, *, code: str = "internal", retryable: bool = False):
        super().__init__(message)
        self.code = code
        self.retryable = retryable


class AssessmentService:
    def __init__(self, api_key: str):
        self._api_key = api_key

    def _client(self) -> ModelRed:
        return ModelRed(self._api_key, max_retries=2)

    def start(self, model_id: str, packs: list[str]) -> str:
        try:
            with self._client() as c:
                return c.create_assessment(model_id=model_id, probe_pack_ids=packs)["id"]
        except NotFound as e:
            raise EvalPlatformError(f"unknown model {model_id}", code="not_found") from e
        except LimitExceeded as e:
            raise EvalPlatformError("assessment quota reached", code="quota", retryable=True) from e
        except NotAllowedForApiKey as e:
            raise EvalPlatformError("this API key may not start assessments", code="forbidden") from e
        except APIError as e:
            logger.error("create_assessment(%s) failed: %r", model_id, e)
            raise EvalPlatformError("ModelRed is unavailable", code="upstream", retryable=True) from e

    def cancel(self, assessment_id: str) -> None:
        try:
            with self._client() as c:
                c.cancel_assessment(assessment_id)
        except APIError as e:
            raise EvalPlatformError(repr(e), code="upstream") from e

    def describe(self) -> str:
        return f"AssessmentService(key={self._api_key[:4]}…)"


def check_key(service: AssessmentService) -> None:
    if not service._api_key.startswith("mr_"):
        raise EvalPlatformError(f"configured key is not a ModelRed key: {service._api_key}", code="config")
