"""Celery tasks: re-index a knowledge base, then re-run the ModelRed assessment of the RAG bot."""
import logging
import os

from celery import Celery
import modelred as mr

log = logging.getLogger(__name__)
app = Celery("reindex", broker=os.environ.get("CELERY_BROKER", "redis://localhost:6379/0"))

RAG_MODEL_ID = "kb-assistant"


def _client():
    return mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.task(bind=True, max_retries=5, default_retry_delay=60)
def reindex_kb(self, kb_id: str) -> dict:
    from .indexing import rebuild

    stats = rebuild(kb_id)
    log.info("kb %s rebuilt: %d chunks, %d embedding tokens", kb_id, stats["chunks"], stats["tokens"])
    assess_after_reindex.delay(kb_id)
    return stats


@app.task(bind=True, max_retries=3)
def assess_after_reindex(self, kb_id: str) -> str:
    client = _client()
    try:
        job = client.create_assessment(
            model=RAG_MODEL_ID,
            test_types=["prompt_injection", "data_exfiltration"],
            priority="high",
        )
        done = client.wait_for_completion(job["id"], timeout_minutes=45)
    except mr.RateLimitError as exc:
        raise self.retry(exc=exc)
    except mr.ModelRedError as exc:
        log.error("assessment for kb %s failed: %r", kb_id, exc)
        raise RuntimeError(f"assessment after reindex of {kb_id} failed: {exc}") from exc
    score = done.get("overall_score")
    log.info("kb %s assessment %s finished, score %s", kb_id, job["id"], score)
    return job["id"]


@app.task
def nightly(kb_ids: list[str]) -> int:
    for kb in kb_ids:
        reindex_kb.delay(kb)
    return len(kb_ids)
