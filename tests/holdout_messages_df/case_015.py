"""Elastic Security EQL sequences for lateral-movement hunts."""
import logging
import os

from elasticsearch import Elasticsearch, AuthenticationException

logger = logging.getLogger("hunt.eql")

ES_URL = os.environ.get("ES_URL", "https://es.soc.internal:9200")
INDEX = "logs-endpoint.events.*"


def make_client(api_key_id=None, api_key=None):
    api_key_id = api_key_id or os.environ["ES_API_KEY_ID"]
    api_key = api_key or os.environ["ES_API_KEY"]
    logger.info("connecting to %s with api key id %s", ES_URL, api_key_id)
    es = Elasticsearch(ES_URL, api_key=(api_key_id, api_key), request_timeout=60)
    try:
        es.info()
    except AuthenticationException as exc:
        logger.error("ES auth failed (%s) for key %s:%s", exc.meta.status, api_key_id, api_key)
        raise
    return es


SEQ = """
sequence by host.id with maxspan=5m
  [authentication where event.outcome == "success" and user.name != "SYSTEM"]
  [process where process.name in ("psexec.exe", "wmic.exe", "winrs.exe")]
"""


def hunt(es, size=100):
    resp = es.eql.search(index=INDEX, query=SEQ, size=size)
    seqs = resp["hits"].get("sequences", [])
    logger.info("EQL returned %d sequences in %sms", len(seqs), resp.get("took"))
    return seqs


def encoded_key(api_key_id, api_key):
    import base64
    if ":" in api_key:
        raise ValueError(f"ES api key must not contain ':' (got {api_key})")
    token = base64.b64encode(f"{api_key_id}:{api_key}".encode()).decode()
    logger.debug("encoded credential is %d chars", len(token))
    return token


if __name__ == "__main__":
    es = make_client()
    for s in hunt(es):
        print(s["join_keys"], [e["_source"]["process"]["name"] for e in s["events"] if "process" in e["_source"]])
