"""Async Elasticsearch bulk indexer for embedded chunks (API key in id:secret form)."""
import asyncio
import base64
import logging
import os

from elasticsearch import AsyncElasticsearch
from elasticsearch.helpers import async_bulk

log = logging.getLogger("es_bulk")

ES_URL = os.environ.get("ES_URL", "https://search.internal:9200")
INDEX = os.environ.get("ES_INDEX", "chunks-2024")


def encoded_api_key() -> str:
    key_id = os.environ["ES_API_KEY_ID"]
    secret = os.environ.get("ES_API_KEY_SECRET", "")
    if not secret:
        raise ValueError(f"ES_API_KEY_SECRET is empty for key id {key_id}: {secret!r}")
    log.info("es api key id %s", key_id)
    encoded = base64.b64encode(f"{key_id}:{secret}".encode()).decode()
    log.debug("Authorization: ApiKey %s", encoded)
    return encoded


async def actions(chunks):
    for c in chunks:
        yield {"_index": INDEX, "_id": c["id"], "_source": {"text": c["text"], "vector": c["vector"]}}


async def index_chunks(chunks: list[dict]) -> int:
    es = AsyncElasticsearch(ES_URL, api_key=encoded_api_key(), request_timeout=60)
    try:
        ok, errors = await async_bulk(es, actions(chunks), raise_on_error=False)
        if errors:
            log.warning("%d bulk errors, first: %s", len(errors), errors[0])
        return ok
    finally:
        await es.close()


async def main() -> None:
    chunks = [{"id": f"c{i}", "text": f"chunk {i}", "vector": [0.0] * 384} for i in range(1000)]
    n = await index_chunks(chunks)
    log.info("indexed %d/%d into %s", n, len(chunks), INDEX)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
