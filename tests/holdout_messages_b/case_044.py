import logging

from modelred import APIError, ModelRed, RateLimited, ServerError
from tenacity import RetryError, before_sleep_log, retry, stop_after_attempt, wait_exponential

log = logging.getLogger("retry")
TRANSIENT = (RateLimited, ServerError)


@retry(
    stop=stop_after_attempt(5),
    wait=wait_exponential(min=1, max=30),
    before_sleep=before_sleep_log(log, logging.WARNING),
    reraise=True,
)
def _fetch(client: ModelRed, assessment_id: str) -> dict:
    return client.get_assessment(assessment_id)


def fetch(api_key: str, assessment_id: str) -> dict:
    with ModelRed(api_key, max_retries=0) as client:
        try:
            return _fetch(client, assessment_id)
        except TRANSIENT as exc:
            log.error("gave up on %s after retries: %s", assessment_id, exc)
            raise TimeoutError(f"ModelRed still unavailable for {assessment_id}") from exc
        except APIError as exc:
            raise RuntimeError(f"could not fetch {assessment_id}: {exc}") from exc
        except RetryError as exc:
            raise RuntimeError(f"retry error: {exc}") from exc


def describe_policy() -> str:
    return "5 attempts, exponential backoff 1-30s, transient: " + ", ".join(e.__name__ for e in TRANSIENT)
