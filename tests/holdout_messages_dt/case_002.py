import logging
import os

from modelred import ModelRed, RateLimited, Unauthorized, APIError

logger = logging.getLogger(__name__)


class ScanSession:
    """Owns one generation-3 client for the length of a `with` block."""

    def __init__(self, key: str | None = None, *, timeout: float = 20.0) -> None:
        self._key = key or os.environ["MODELRED_API_KEY"]
        self._timeout = timeout
        self._client: ModelRed | None = None

    def __enter__(self) -> "ScanSession":
        logger.debug("opening ModelRed session with key %s", self._key)
        logger.debug("key length %d, timeout %.1fs", len(self._key), self._timeout)
        self._client = ModelRed(self._key, timeout=self._timeout, max_retries=2)
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is not None:
            logger.warning("session closed by %s", exc_type.__name__)
        if self._client is not None:
            self._client.close()
        return False

    def start(self, model_id: str, packs: list[str]) -> dict:
        assert self._client is not None, "use ScanSession in a with block"
        try:
            run = self._client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except RateLimited as e:
            logger.info("rate limited, retry after %s", e.retry_after)
            return {"ok": False, "error": type(e).__name__}
        except Unauthorized as e:
            return {"ok": False, "error": str(e)}
        except APIError as e:
            logger.error("create_assessment failed: %s", e)
            return {"ok": False, "error": "upstream error"}
        return {"ok": True, "assessment_id": run["id"]}

    def status(self, assessment_id: str) -> str:
        assert self._client is not None
        return self._client.get_assessment(assessment_id)["status"]


if __name__ == "__main__":
    with ScanSession() as session:
        print(session.start("support-bot-v3", ["prompt-injection", "pii-leak"]))
