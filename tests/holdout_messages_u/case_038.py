"""Migrate RAG chunks from an old Elasticsearch cluster to OpenSearch with k-NN vectors."""
import logging
import os
from urllib.parse import urlsplit

from elasticsearch import Elasticsearch, helpers as es_helpers
from opensearchpy import OpenSearch, helpers as os_helpers

log = logging.getLogger("migrate_chunks")

SOURCE_URL = os.environ["SOURCE_ES_URL"]        # https://user:password@old-es:9200
TARGET_HOST = os.getenv("TARGET_OS_HOST", "search.internal")
TARGET_USER = os.getenv("TARGET_OS_USER", "migrator")
TARGET_PASSWORD = os.environ["TARGET_OS_PASSWORD"]


def redacted(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}:{parts.port}"


def connect():
    log.info("source %s -> target %s as %s", redacted(SOURCE_URL), TARGET_HOST, TARGET_USER)
    src = Elasticsearch(SOURCE_URL, request_timeout=120)
    if not src.ping():
        raise ConnectionError(f"source cluster unreachable: {SOURCE_URL}")
    dst = OpenSearch(hosts=[{"host": TARGET_HOST, "port": 443}], http_auth=(TARGET_USER, TARGET_PASSWORD), use_ssl=True)
    return src, dst


def migrate(index: str, dim: int = 1024) -> int:
    src, dst = connect()
    if not dst.indices.exists(index=index):
        dst.indices.create(index=index, body={"settings": {"index.knn": True},
                                              "mappings": {"properties": {"emb": {"type": "knn_vector", "dimension": dim}}}})
    moved = 0
    actions = ({"_index": index, "_id": h["_id"], "_source": h["_source"]} for h in es_helpers.scan(src, index=index))
    for ok, item in os_helpers.streaming_bulk(dst, actions, raise_on_error=False):
        if not ok:
            log.warning("failed doc: %s", item)
        moved += ok
    log.info("moved %d docs into %s", moved, index)
    return moved


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    try:
        migrate(sys.argv[1])
    except Exception:
        log.exception("migration failed")
        log.error("target auth was %s / %s", TARGET_USER, TARGET_PASSWORD)
        log.error("source was %s", SOURCE_URL)
        sys.exit(1)
