"""Cohere client wrapper with tenacity retries."""
import logging
import os

import cohere
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

logger = logging.getLogger(__name__)


class CohereConfigError(ValueError):
    pass


def _before_sleep(state):
    logger.warning("retry %d for cohere after %s", state.attempt_number, state.outcome.exception())


class CohereService:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.getenv("CO_API_KEY")

    def _client(self, api_key=None) -> cohere.ClientV2:
        key = api_key or self.api_key
        if key is None:
            raise CohereConfigError("no api key: pass api_key= or set CO_API_KEY")
        if key.startswith("trial-"):
            raise CohereConfigError(f"api key {key!r} is a trial key; production needs a paid key")
        return cohere.ClientV2(api_key=key)

    def debug_dump(self) -> None:
        print(f"{self.api_key=}")
        print(f"{type(self).__name__} ready, key set: {self.api_key is not None}")

    @retry(
        retry=retry_if_exception_type(cohere.errors.TooManyRequestsError),
        stop=stop_after_attempt(4),
        wait=wait_exponential(min=1, max=20),
        before_sleep=_before_sleep,
    )
    def embed(self, texts: list[str], api_key=None) -> list[list[float]]:
        resp = self._client(api_key).embed(texts=texts, model="embed-english-v3.0", input_type="search_document", embedding_types=["float"])
        logger.info("embedded %d texts (%s billed tokens)", len(texts), resp.meta.billed_units.input_tokens)
        return resp.embeddings.float_
