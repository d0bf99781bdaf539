"""Elasticsearch-backed enterprise search: index and query helpers."""
import logging
import os

from elasticsearch import AuthenticationException, Elasticsearch

log = logging.getLogger("search.es")

ES_URL = os.getenv("ES_URL", "https://search.internal:9200")
INDEX = "enterprise-docs"
API_KEY_ID_VAR = "ES_API_KEY_ID"


def client() -> Elasticsearch:
    key_id = os.environ[API_KEY_ID_VAR]
    key_secret = os.environ["ES_API_KEY_SECRET"]
    log.info("elasticsearch %s with api key id %s", ES_URL, key_id)
    log.debug("es api key pair: %s:%s", key_id, key_secret)
    es = Elasticsearch(ES_URL, api_key=(key_id, key_secret), request_timeout=30)
    try:
        info = es.info()
    except AuthenticationException as exc:
        log.error("elasticsearch rejected key id %s: %s", key_id, exc.meta.status)
        raise
    log.info("connected to cluster %s (%s)", info["cluster_name"], info["version"]["number"])
    return es


def index_docs(es: Elasticsearch, docs: list[dict]) -> int:
    ok = 0
    for d in docs:
        es.index(index=INDEX, id=d["id"], document={"title": d["title"], "body": d["body"], "acl": d.get("acl", [])})
        ok += 1
    es.indices.refresh(index=INDEX)
    log.info("indexed %d docs into %s", ok, INDEX)
    return ok


def search(es: Elasticsearch, q: str, groups: list[str], size: int = 10) -> list[dict]:
    body = {
        "query": {"bool": {"must": {"multi_match": {"query": q, "fields": ["title^2", "body"]}}, "filter": {"terms": {"acl": groups}}}},
        "size": size,
    }
    res = es.search(index=INDEX, body=body)
    hits = [{"id": h["_id"], "score": h["_score"], "title": h["_source"]["title"]} for h in res["hits"]["hits"]]
    log.info("q=%r groups=%s -> %d hits in %sms", q, groups, len(hits), res["took"])
    return hits


if __name__ == "__main__":
    es = client()
    for h in search(es, "data retention policy", ["all-staff"]):
        print(h)
