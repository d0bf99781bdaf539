"""Generation-3 ModelRed wrapper with a retry hook that reports to Sentry."""
import logging
import os
import time

import sentry_sdk
from modelred import ModelRed, APIError, RateLimited, ServerError, Unauthorized, LimitExceeded

log = logging.getLogger("mr.retry")

sentry_sdk.init(dsn=os.getenv("SENTRY_DSN"), traces_sample_rate=0.2)


class TracedModelRed:
    def __init__(self, key: str):
        self._key = key
        self._client = ModelRed(key, timeout=20.0, max_retries=0)
        log.debug("client timeout=20.0 retries=0 key_len=%d", len(key))

    def _retry(self, fn, *args, attempts: int = 3, **kwargs):
        for n in range(1, attempts + 1):
            try:
                with sentry_sdk.start_span(op="modelred", description=fn.__name__):
                    return fn(*args, **kwargs)
            except (RateLimited, ServerError) as e:
                log.warning("attempt %d/%d %s: %s", n, attempts, fn.__name__, e)
                time.sleep(getattr(e, "retry_after", None) or 2 ** n)
        raise TimeoutError(f"{fn.__name__} failed after {attempts} attempts")

    def list_models(self):
        return self._retry(self._client.list_models)

    def start(self, model_id: str, packs: list[str]) -> dict:
        try:
            return self._retry(self._client.create_assessment, model_id=model_id, probe_pack_ids=packs)
        except Unauthorized as e:
            sentry_sdk.capture_exception(e)
            log.error("unauthorized with key %s", self._key)
            raise PermissionError("ModelRed key rejected") from None
        except LimitExceeded as e:
            raise RuntimeError(f"plan limit: {e}") from e
        except APIError as e:
            raise RuntimeError(f"ModelRed API error {e.status_code}") from e


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    key = os.environ["MODELRED_API_KEY"]
    c = TracedModelRed(key)
    print([m["id"] for m in c.list_models()])
    print(c.start("chatbot-prod", ["owasp-llm-top10"]))
