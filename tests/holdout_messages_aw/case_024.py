"""Review-platform search helpers for the e-discovery team (Elasticsearch backend)."""
import logging
import os
from urllib.parse import quote

from elasticsearch import Elasticsearch, AuthenticationException

log = logging.getLogger("review.search")

ES_HOST = os.environ.get("REVIEW_ES_HOST", "review-es.internal:9200")
ES_USER = os.environ.get("REVIEW_ES_USER", "reviewer_svc")
ES_PASSWORD_ENV = "REVIEW_ES_PASSWORD"
INDEX = "matter-docs-*"


def es_url() -> str:
    pw = os.environ[ES_PASSWORD_ENV]
    return f"https://{ES_USER}:{quote(pw)}@{ES_HOST}"


def connect() -> Elasticsearch:
    url = es_url()
    log.info("connecting to review index %s as %s", ES_HOST, ES_USER)
    es = Elasticsearch(url, verify_certs=True, request_timeout=30)
    try:
        info = es.info()
    except AuthenticationException:
        log.error("Elasticsearch auth failed via %s", url)
        raise
    log.info("cluster %s version %s", info["cluster_name"], info["version"]["number"])
    return es


def hot_docs(es: Elasticsearch, matter: str, terms: list[str], size: int = 50) -> list[dict]:
    q = {"bool": {"must": [{"term": {"matter_id": matter}}],
                  "should": [{"match_phrase": {"body": t}} for t in terms], "minimum_should_match": 1}}
    res = es.search(index=INDEX, query=q, size=size, _source=["bates", "custodian", "date"])
    hits = [h["_source"] | {"score": h["_score"]} for h in res["hits"]["hits"]]
    log.info("matter %s: %d hot docs for %d terms", matter, len(hits), len(terms))
    return hits


def tag(es: Elasticsearch, doc_id: str, tag_name: str, reviewer: str) -> None:
    es.update(index="matter-docs", id=doc_id, script={
        "source": "if (!ctx._source.tags.contains(params.t)) ctx._source.tags.add(params.t)",
        "params": {"t": tag_name}})
    log.debug("tagged %s with %s by %s", doc_id, tag_name, reviewer)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    if ES_PASSWORD_ENV not in os.environ:
        raise SystemExit(f"set {ES_PASSWORD_ENV}")
    client = connect()
    for d in hot_docs(client, os.environ.get("MATTER", "2024-0113"), ["side letter", "backdate"]):
        print(d)
