"""Celery tasks: re-embed a Confluence space and audit the search assistant."""
import asyncio
import logging
import os

from celery import Celery
from modelred import ModelRed, ModelRedError, RateLimitError, ServerError

app = Celery("kb", broker=os.getenv("CELERY_BROKER_URL", "redis://localhost:6379/0"))
logger = logging.getLogger("kb.tasks")

RETRYABLE = (RateLimitError, ServerError)
OPENAI_KEY_ENV = "OPENAI_API_KEY"


@app.task(bind=True, max_retries=5, default_retry_delay=60)
def reembed_space(self, space_key: str, embed_model: str = "text-embedding-3-small"):
    from kb.confluence import fetch_pages
    from kb.embeddings import embed_pages

    openai_key = os.environ.get(OPENAI_KEY_ENV)
    if openai_key is None:
        logger.error("%s not configured for worker %s", OPENAI_KEY_ENV, self.request.hostname)
        return {"space": space_key, "ok": False}
    pages = fetch_pages(space_key)
    stats = embed_pages(pages, model=embed_model, api_key=openai_key)
    logger.info("space %s: %d pages, %d tokens", space_key, len(pages), stats["total_tokens"])
    return {"space": space_key, "ok": True, "pages": len(pages)}


async def _assess(model_id: str) -> dict:
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        return await client.run_assessment(model_id=model_id, test_suites=["prompt_injection", "data_exfiltration"], priority="high", wait_for_completion=True, timeout_minutes=45)


@app.task(bind=True, max_retries=3)
def audit_assistant(self, model_id: str):
    try:
        res = asyncio.run(_assess(model_id))
    except RETRYABLE as exc:
        logger.warning("modelred transient error for %s: %r", model_id, exc)
        raise self.retry(exc=exc)
    except ModelRedError as exc:
        return {"model": model_id, "status": "error", "detail": str(exc)}
    return {"model": model_id, "status": res.get("status"), "score": res.get("overall_score")}


@app.task
def rotate_embed_key(new_key: str):
    old = os.environ.get(OPENAI_KEY_ENV, "")
    logger.info("rotating %s: old ends %s, new ends %s", OPENAI_KEY_ENV, old[-4:], new_key[-4:])
    os.environ[OPENAI_KEY_ENV] = new_key
    logger.info("embedding key rotated to %s", new_key)
