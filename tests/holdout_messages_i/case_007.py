"""Pinecone upserts for the product-search indexer."""
import hashlib
import logging
import os

from pinecone import Pinecone

log = logging.getLogger("indexer.pinecone")

INDEX_NAME = os.getenv("PINECONE_INDEX", "products")


def _client_kwargs() -> dict:
    kwargs = {"api_key": os.environ["PINECONE_API_KEY"], "pool_threads": 4}
    if os.getenv("PINECONE_PROXY"):
        kwargs["proxy_url"] = os.environ["PINECONE_PROXY"]
    return kwargs


def connect():
    kwargs = _client_kwargs()
    log.info("pinecone pool_threads=%s proxy=%s", kwargs["pool_threads"], kwargs.get("proxy_url"))
    log.debug("pinecone client kwargs: %s", kwargs)
    pc = Pinecone(**kwargs)
    desc = pc.describe_index(INDEX_NAME)
    log.info("index %s host=%s dimension=%s", INDEX_NAME, desc.host, desc.dimension)
    return pc.Index(host=desc.host)


def vector_id(sku: str, locale: str) -> str:
    cache_key = hashlib.sha1(f"{sku}:{locale}".encode()).hexdigest()
    log.debug("vector id for %s/%s is %s", sku, locale, cache_key)
    return cache_key


def list_all_ids(index, namespace: str = "default") -> list[str]:
    ids: list[str] = []
    pagination_token = None
    while True:
        page = index.list_paginated(namespace=namespace, limit=100, pagination_token=pagination_token)
        ids.extend(v.id for v in page.vectors)
        pagination_token = page.pagination.next if page.pagination else None
        log.debug("fetched %d ids, next token %s", len(ids), pagination_token)
        if not pagination_token:
            return ids
