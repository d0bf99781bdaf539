"""Assessment worker that logs through loguru (generation-3 ModelRed client)."""
from __future__ import annotations

import os
import sys

from loguru import logger
from modelred import APIError, ModelRed, RateLimited

logger.remove()
logger.add(sys.stderr, level=os.getenv("LOG_LEVEL", "INFO"), colorize=True)
logger.add("worker.log", rotation="10 MB", retention=5, level="DEBUG")


class AssessmentWorker:
    def __init__(self, model_id: str, packs: list[str], timeout: float = 30.0):
        self._key = os.environ["MODELRED_API_KEY"]
        self.model_id = model_id
        self.packs = packs
        self.timeout = timeout

    def _client(self) -> ModelRed:
        logger.debug("building client with key {}", self._key)
        logger.debug("key ends with …{}", self._key[-4:])
        logger.info("timeout={}s retries={}", self.timeout, 3)
        return ModelRed(self._key, timeout=self.timeout, max_retries=3)

    def run(self) -> dict:
        with self._client() as client:
            try:
                created = client.create_assessment(
                    model_id=self.model_id, probe_pack_ids=self.packs, priority="high"
                )
            except RateLimited as exc:
                logger.warning("rate limited, retry after {}s", exc.retry_after)
                return {"ok": False, "retry_after": exc.retry_after}
            except APIError as exc:
                logger.opt(exception=exc).error("assessment failed for {}", self.model_id)
                return {"ok": False, "error": str(exc)}
            logger.success("assessment {} queued", created["id"])
            return {"ok": True, "id": created["id"]}


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        logger.error("usage: worker MODEL PACK [PACK...]")
        return 2
    worker = AssessmentWorker(argv[1], argv[2:])
    result = worker.run()
    if not result["ok"]:
        logger.error("worker ended with {}", result.get("retry_after", "an error"))
        return 1
    logger.info("done: {}", result["id"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
