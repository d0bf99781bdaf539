"""Gen 3 ModelRed: async nightly scan of the market-commentary model via a sync wrapper."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, ModelRedError, Unauthorized, Conflict

log = logging.getLogger("commentary")


class CommentaryScanner:
    packs = ["finance-core", "market-manipulation"]

    def __init__(self, key: str, detector_key: str | None = None):
        self.key = key
        self.detector_key = detector_key
        self.model_id = "market-commentary"

    async def _scan(self):
        async with AsyncModelRed(self.key, max_retries=5) as mr:
            kwargs = {"model_id": self.model_id, "probe_pack_ids": self.packs, "detector_api_key": self.detector_key}
            log.debug("create_assessment kwargs %s", kwargs)
            log.info("scan %s packs=%s", kwargs["model_id"], kwargs["probe_pack_ids"])
            return await mr.create_assessment(**kwargs)

    def scan(self):
        try:
            return asyncio.run(self._scan())
        except Unauthorized:
            raise RuntimeError(f"ModelRed key rejected: {self.key}") from None
        except Conflict as e:
            log.info("already running (%s)", e.status_code)
            return None
        except ModelRedError as e:
            raise RuntimeError(str(e)) from e


def main():
    key = os.environ["MODELRED_API_KEY"]
    scanner = CommentaryScanner(key, os.environ.get("OPENAI_API_KEY"))
    log.info("scanner for %s, detector key set=%s", scanner.model_id, bool(scanner.detector_key))
    job = scanner.scan()
    print("job", job and job["id"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
