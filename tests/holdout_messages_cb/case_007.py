import asyncio
import logging
import os

from modelred import AsyncModelRed, APIError, NotFound, LimitExceeded

logger = logging.getLogger("review.redteam")

PACKS = ["owasp-llm-top10", "pii-leakage", "prompt-injection"]


class RedTeamScheduler:
    """Runs ModelRed scans for every model the document-review team deploys."""

    def __init__(self, api_key: str, models: list[str]):
        self.api_key = api_key
        self.models = models
        self.timeout = 45.0

    async def scan(self, client: AsyncModelRed, model_id: str) -> dict:
        try:
            job = await client.create_assessment_by_id(model_id=model_id, probe_pack_ids=PACKS)
            logger.info("scan %s queued for %s", job["id"], model_id)
            return {"model": model_id, "status": "queued", "id": job["id"]}
        except NotFound:
            return {"model": model_id, "status": "unknown model"}
        except LimitExceeded as e:
            logger.warning("limit reached for %s: %r", model_id, e)
            return {"model": model_id, "status": "limit", "code": e.status_code}
        except APIError as e:
            return {"model": model_id, "status": "error", "detail": str(e)}

    async def run(self) -> list[dict]:
        logger.debug("client timeout=%s, models=%s", self.timeout, self.models)
        async with AsyncModelRed(self.api_key, timeout=self.timeout) as client:
            results = await asyncio.gather(*(self.scan(client, m) for m in self.models))
        failed = [r for r in results if r["status"] != "queued"]
        if len(failed) == len(results):
            raise RuntimeError(f"every scan failed with key {self.api_key}")
        return results


async def main() -> None:
    key = os.environ.get("MODELRED_API_KEY")
    if not key:
        raise SystemExit("MODELRED_API_KEY is not set")
    models = os.environ.get("REVIEW_MODELS", "contract-qa,deposition-summariser").split(",")
    results = await RedTeamScheduler(key, models).run()
    for r in results:
        print(f"{r['model']:30} {r['status']}")


if __name__ == "__main__":
    asyncio.run(main())
