"""Async Greenhouse candidate enrichment worker (asyncio + httpx)."""
import asyncio
import base64
import logging
import os

import httpx
import structlog
from modelred import AsyncModelRed, ModelRedError, ProviderConfig

log = structlog.get_logger("enrich")

GH_ONBEHALF = os.getenv("GH_ON_BEHALF_OF", "4080")
CONCURRENCY = int(os.getenv("ENRICH_CONCURRENCY", "8"))


class Enricher:
    def __init__(self, harvest_key: str, openrouter_key: str):
        self.harvest_key = harvest_key
        self.openrouter_key = openrouter_key
        token = base64.b64encode(f"{harvest_key}:".encode()).decode()
        self.headers = {"Authorization": f"Basic {token}", "On-Behalf-Of": GH_ONBEHALF}
        self.sem = asyncio.Semaphore(CONCURRENCY)

    async def candidate(self, client: httpx.AsyncClient, cid: int) -> dict:
        async with self.sem:
            r = await client.get(f"https://harvest.greenhouse.io/v1/candidates/{cid}", headers=self.headers)
            log.info("candidate_fetched", candidate_id=cid, status=r.status_code, on_behalf_of=GH_ONBEHALF)
            if r.status_code == 401:
                log.error("harvest_unauthorized", headers=self.headers)
            return r.json()

    async def register(self) -> None:
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            cfg = ProviderConfig.openrouter(api_key=self.openrouter_key, model_name="meta-llama/llama-3.1-70b-instruct")
            try:
                await mr.create_model(modelId="enricher-llama", provider="openrouter", displayName="Enricher", providerConfig=cfg)
            except ModelRedError as exc:
                log.warning("register_failed", error=type(exc).__name__, model="enricher-llama")
                log.debug("register_retry", openrouter_key=self.openrouter_key)


async def main(ids: list[int]) -> None:
    e = Enricher(os.environ["GREENHOUSE_HARVEST_KEY"], os.environ["OPENROUTER_API_KEY"])
    log.info("enricher_start", count=len(ids), key_suffix=e.openrouter_key[-4:])
    await e.register()
    async with httpx.AsyncClient(timeout=30) as client:
        results = await asyncio.gather(*(e.candidate(client, i) for i in ids))
    log.info("enricher_done", fetched=len(results))


if __name__ == "__main__":
    asyncio.run(main([int(x) for x in os.environ.get("CANDIDATE_IDS", "").split(",") if x]))
