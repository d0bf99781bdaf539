"""Load product reviews into Weaviate with the OpenAI vectorizer module.

The OpenAI key travels to Weaviate in a request header; Weaviate itself uses an API key.
"""
import logging
import os

import weaviate
from weaviate.classes.init import Auth

log = logging.getLogger(__name__)

WCD_URL = os.environ["WCD_URL"]


def client():
    wcd_key = os.environ["WCD_API_KEY"]
    openai_key = os.environ["OPENAI_APIKEY"]
    extra = {"X-OpenAI-Api-Key": openai_key}
    log.info("connecting to %s", WCD_URL)
    log.debug("weaviate headers: %s", extra)
    return weaviate.connect_to_weaviate_cloud(
        cluster_url=WCD_URL,
        auth_credentials=Auth.api_key(wcd_key),
        headers=extra,
    )


def ingest(rows: list[dict]) -> int:
    wc = client()
    try:
        reviews = wc.collections.get("Review")
        with reviews.batch.dynamic() as batch:
            for r in rows:
                batch.add_object(properties={"text": r["text"], "stars": r["stars"]})
        failed = reviews.batch.failed_objects
        log.info("inserted %d, failed %d", len(rows) - len(failed), len(failed))
        if failed:
            log.warning("first failure: %s", failed[0].message)
        return len(rows) - len(failed)
    finally:
        wc.close()


def check() -> None:
    wcd_key = os.environ.get("WCD_API_KEY")
    if wcd_key is None:
        log.error("WCD_API_KEY not set: %r", wcd_key)
        return
    wc = client()
    try:
        ready = wc.is_ready()
        log.info("weaviate ready=%s", ready)
        if not ready:
            log.error("weaviate not ready with key %s", wcd_key)
    finally:
        wc.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    check()
