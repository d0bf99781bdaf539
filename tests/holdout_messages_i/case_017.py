"""RQ jobs that re-embed documents with a per-tenant provider key."""
import logging
import os

from redis import Redis
from rq import Queue, get_current_job

from tenants import lookup_tenant_key

log = logging.getLogger("embed.jobs")
queue = Queue("embeddings", connection=Redis.from_url(os.getenv("REDIS_URL", "redis://localhost:6379")))


def enqueue_reembed(tenant_id: str, doc_ids: list[str]):
    provider_key = lookup_tenant_key(tenant_id, "openai")
    job = queue.enqueue(reembed, tenant_id, doc_ids, provider_key, job_timeout=600)
    log.info("queued job %s for tenant %s (%d docs)", job.id, tenant_id, len(doc_ids))
    log.debug("job args: %s", job.args)
    return job


def reembed(tenant_id: str, doc_ids: list[str], provider_key: str) -> int:
    from openai import OpenAI

    job = get_current_job()
    client = OpenAI(api_key=provider_key)
    done = 0
    for doc_id in doc_ids:
        try:
            text = load_text(doc_id)
            vec = client.embeddings.create(model="text-embedding-3-small", input=text)
            store_vector(tenant_id, doc_id, vec.data[0].embedding)
            done += 1
        except Exception as exc:
            log.error("job %s: doc %s failed: %s", job.id if job else "-", doc_id, type(exc).__name__)
    if job:
        job.meta["done"] = done
        job.save_meta()
    log.info("tenant %s: re-embedded %d/%d, usage key id %s", tenant_id, done, len(doc_ids), provider_key_id(provider_key))
    return done


def provider_key_id(provider_key: str) -> str:
    return "key_" + provider_key[-4:]


def load_text(doc_id: str) -> str:
    with open(os.path.join("/data/docs", f"{doc_id}.txt"), encoding="utf-8") as fh:
        return fh.read()


def store_vector(tenant_id: str, doc_id: str, vector: list[float]) -> None:
    log.debug("stored %s/%s dim=%d", tenant_id, doc_id, len(vector))
