"""Retry/backoff wrapper around the ModelRed client (tenacity)."""
import logging
import os

from tenacity import before_sleep_log, retry, retry_if_exception_type, stop_after_attempt, wait_exponential
from modelred import ModelRed, RateLimited, ServerError, Unauthorized

logger = logging.getLogger("mr.retry")
RETRYABLE = (RateLimited, ServerError)


def _auth_failure_message(key: str, model_id: str) -> str:
    return f"ModelRed rejected key {key} while starting {model_id}"


def _masked(key: str) -> str:
    return key[:3] + "..." + key[-4:]


class RedTeamRunner:
    def __init__(self):
        self.api_key = os.environ["MODELRED_API_KEY"]
        self.client = ModelRed(self.api_key, max_retries=0)

    @retry(
        retry=retry_if_exception_type(RETRYABLE),
        wait=wait_exponential(multiplier=1, max=60),
        stop=stop_after_attempt(5),
        before_sleep=before_sleep_log(logger, logging.WARNING),
    )
    def start(self, model_id: str) -> dict:
        try:
            return self.client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["baseline"])
        except Unauthorized:
            logger.error("unauthorized with key %s", _masked(self.api_key))
            raise PermissionError(_auth_failure_message(self.api_key, model_id))

    def start_many(self, model_ids: list[str]) -> list[dict]:
        results = []
        for attempt, model_id in enumerate(model_ids, 1):
            logger.info("attempt %d: %s", attempt, model_id)
            results.append(self.start(model_id))
        return results
