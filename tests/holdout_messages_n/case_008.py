"""Elasticsearch retriever for the support bot (API key auth, id + secret pair)."""
import logging
import os

from elasticsearch import Elasticsearch, AuthenticationException

logger = logging.getLogger(__name__)

ES_URL = os.environ.get("ES_URL", "https://search.internal:9200")


def es_credentials() -> tuple[str, str]:
    key_id = os.environ["ES_API_KEY_ID"]
    api_key = os.environ["ES_API_KEY"]
    return key_id, api_key


def client() -> Elasticsearch:
    key_id, api_key = es_credentials()
    logger.info("connecting to %s with api key id %s", ES_URL, key_id)
    es = Elasticsearch(ES_URL, api_key=(key_id, api_key), request_timeout=15)
    try:
        info = es.info()
    except AuthenticationException as exc:
        logger.error("ES auth failed for key id %s (status %s)", key_id, exc.meta.status)
        logger.debug("ES auth failed, api_key=%s", api_key)
        raise
    logger.info("cluster %s, version %s", info["cluster_name"], info["version"]["number"])
    return es


class Retriever:
    def __init__(self, index: str, k: int = 8):
        self.index = index
        self.k = k
        self.es = client()

    def search(self, question: str) -> list[str]:
        body = {"query": {"match": {"text": question}}, "size": self.k}
        res = self.es.search(index=self.index, body=body)
        hits = res["hits"]["hits"]
        logger.debug("%d hits for %r in %s (took %sms)", len(hits), question[:60], self.index, res["took"])
        return [h["_source"]["text"] for h in hits]


if __name__ == "__main__":
    kid, secret_part = es_credentials()
    print(f"key id {kid}, secret length {len(secret_part)}")
    print(f"curl -H 'Authorization: ApiKey {kid}:{secret_part}' {ES_URL}")
