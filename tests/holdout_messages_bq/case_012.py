"""Celery task: nightly re-index of catalogue into Pinecone."""
import logging
import os

from celery import shared_task
from pinecone import Pinecone
from pinecone.exceptions import PineconeApiException
from openai import OpenAI, AuthenticationError

logger = logging.getLogger(__name__)

PINECONE_HOST = os.environ.get("PINECONE_HOST", "catalogue-abc123.svc.us-east1-gcp.pinecone.io")
NAMESPACE = "catalogue"


def _clients():
    pc_key = os.environ["PINECONE_API_KEY"]
    oa_key = os.environ["OPENAI_API_KEY"]
    return Pinecone(api_key=pc_key).Index(host=PINECONE_HOST), OpenAI(api_key=oa_key), oa_key


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def reindex(self, product_ids: list[str]):
    index, oai, oa_key = _clients()
    logger.info("reindexing %d products into %s/%s", len(product_ids), PINECONE_HOST, NAMESPACE)
    texts = [f"product {pid}" for pid in product_ids]
    try:
        emb = oai.embeddings.create(model="text-embedding-3-large", input=texts)
    except AuthenticationError as exc:
        logger.error("openai auth failed for key %s", oa_key)
        raise self.retry(exc=exc)
    logger.info("used %d tokens", emb.usage.total_tokens)
    vectors = [(pid, d.embedding, {"pid": pid}) for pid, d in zip(product_ids, emb.data)]
    try:
        index.upsert(vectors=vectors, namespace=NAMESPACE)
    except PineconeApiException as exc:
        logger.warning("pinecone upsert failed: status=%s", exc.status)
        raise self.retry(exc=exc)
    return len(vectors)


@shared_task
def purge_namespace():
    index, _, _ = _clients()
    stats = index.describe_index_stats()
    logger.info("namespace %s had %s vectors", NAMESPACE, stats.namespaces.get(NAMESPACE))
    index.delete(delete_all=True, namespace=NAMESPACE)
