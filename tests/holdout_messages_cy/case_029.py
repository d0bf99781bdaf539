"""RQ worker jobs for the e-discovery processing pipeline (dedupe, summarise, register)."""
import asyncio
import hashlib
import logging
import os

from openai import OpenAI
from redis import Redis
from rq import Queue, get_current_job
from modelred import ModelRed, ModelRedError, ValidationError

log = logging.getLogger("processing.jobs")
redis_conn = Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
queue = Queue("processing", connection=redis_conn)


def dedupe(paths: list[str]) -> list[str]:
    seen, keep = set(), []
    for p in paths:
        digest = hashlib.sha1(open(p, "rb").read()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            keep.append(p)
    log.info("dedupe: %d -> %d", len(paths), len(keep))
    return keep


def summarise(path: str, openai_key: str) -> str:
    job = get_current_job()
    log.info("job %s summarising %s", job.id if job else "-", path)
    client = OpenAI(api_key=openai_key)
    try:
        out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=300, messages=[{"role": "user", "content": open(path, errors="replace").read()[:10000]}])
    except Exception as exc:
        log.error("summary job failed for %s (openai_key=%s): %s", path, openai_key, exc)
        raise
    log.debug("summary of %s used %d tokens", path, out.usage.total_tokens)
    return out.choices[0].message.content


def register_summariser(openai_key: str) -> str:
    async def _go():
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            return await mr.register_openai_model(model_id="ediscovery-summariser", api_key=openai_key, model_name="gpt-4o-mini", max_tokens=300)
    try:
        asyncio.run(_go())
    except ValidationError as e:
        log.warning("ModelRed validation: %s", e)
        return "invalid"
    except ModelRedError:
        log.exception("ModelRed registration failed")
        return "error"
    return "registered"


def enqueue_batch(paths: list[str]) -> None:
    key = os.environ["OPENAI_API_KEY"]
    for p in dedupe(paths):
        queue.enqueue(summarise, p, key, job_timeout=600)
    log.info("enqueued batch with key fingerprint %s", hashlib.sha256(key.encode()).hexdigest()[:12])
    log.debug("enqueue args sample: %s", (paths[:1], key))
