"""Async Elasticsearch indexer for support tickets, with a ModelRed gate on the summariser."""
import asyncio
import logging
import os

from elasticsearch import AsyncElasticsearch
from elasticsearch.helpers import async_bulk
from modelred import AsyncModelRed, APIError, Unauthorized

log = logging.getLogger("tickets.indexer")

ES_URL = os.environ.get("ES_URL", "https://es.internal:9200")
ES_API_KEY = os.environ["ES_API_KEY"]
MR_KEY = os.environ["MODELRED_API_KEY"]


async def check_summariser(model_id: str) -> dict:
    async with AsyncModelRed(MR_KEY, timeout=30.0) as mr:
        try:
            return await mr.create_assessment(model_id=model_id, probe_pack_ids=["pii-leak"])
        except Unauthorized as exc:
            log.warning("modelred rejected key: %s", exc)
            return {"status": "skipped", "reason": "unauthorized"}
        except APIError as exc:
            return {"status": "error", "detail": str(exc)}


async def index_tickets(tickets: list[dict]) -> int:
    es = AsyncElasticsearch(ES_URL, api_key=ES_API_KEY, request_timeout=20)
    log.debug("es client for %s (api key configured: %s)", ES_URL, bool(ES_API_KEY))
    try:
        info = await es.info()
        log.info("cluster %s version %s", info["cluster_name"], info["version"]["number"])
        actions = ({"_index": "tickets", "_id": t["id"], "_source": t} for t in tickets)
        ok, errors = await async_bulk(es, actions, raise_on_error=False)
        if errors:
            log.error("bulk failed for %d docs using api key %s", len(errors), ES_API_KEY)
        return ok
    finally:
        await es.close()


async def main():
    verdict = await check_summariser("ticket-summariser-v3")
    log.info("summariser verdict: %s", verdict.get("status"))
    n = await index_tickets([{"id": "T-1", "body": "cannot log in"}])
    log.info("indexed %d tickets", n)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
