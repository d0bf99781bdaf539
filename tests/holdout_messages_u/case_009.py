"""Re-index the knowledge base from Postgres into Elasticsearch (dense_vector field)."""
import os
import sys

from elasticsearch import Elasticsearch, helpers

ES_URL = os.getenv("ES_URL", "https://es.internal:9200")
ES_USER = os.getenv("ES_USER", "elastic")
ES_PASSWORD = os.getenv("ES_PASSWORD", "")
INDEX = "kb-v3"

MAPPING = {"properties": {"body": {"type": "text"}, "emb": {"type": "dense_vector", "dims": 384}}}


def connect() -> Elasticsearch:
    if not ES_PASSWORD:
        sys.exit(f"ES_PASSWORD is not set (got {ES_PASSWORD!r})")
    es = Elasticsearch(ES_URL, basic_auth=(ES_USER, ES_PASSWORD), request_timeout=60)
    info = es.info()
    print(f"connected to {ES_URL} as {ES_USER}, version {info['version']['number']}")
    return es


def actions(rows):
    for r in rows:
        yield {"_index": INDEX, "_id": r["id"], "_source": {"body": r["body"], "emb": r["emb"]}}


def reindex(es: Elasticsearch, rows: list[dict]) -> None:
    if es.indices.exists(index=INDEX):
        es.indices.delete(index=INDEX)
    es.indices.create(index=INDEX, mappings=MAPPING)
    ok, errors = helpers.bulk(es, actions(rows), raise_on_error=False)
    print(f"indexed {ok}, errors {len(errors)}")
    if errors:
        print("first error:", errors[0], file=sys.stderr)


def auth_debug() -> None:
    # kept for the on-call runbook: shows what the client sends
    import base64

    basic = base64.b64encode(f"{ES_USER}:{ES_PASSWORD}".encode()).decode()
    print(f"curl -H 'Authorization: Basic {basic}' {ES_URL}", file=sys.stderr)
    print("auth scheme: basic, user:", ES_USER, file=sys.stderr)


if __name__ == "__main__":
    import json

    es = connect()
    if "--debug-auth" in sys.argv:
        auth_debug()
    reindex(es, [json.loads(line) for line in open("kb.jsonl")])
