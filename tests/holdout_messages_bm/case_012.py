import logging
import os

from celery import Celery
from modelred import ModelRed, RateLimited, ServerError, APIError, Unauthorized

celery_app = Celery("mailbot", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
logger = logging.getLogger("mailbot.tasks")

RETRYABLE = (RateLimited, ServerError)


def _client() -> ModelRed:
    key = os.environ["MODELRED_API_KEY"]
    return ModelRed(key, timeout=20.0, max_retries=0)


@celery_app.task(bind=True, max_retries=5)
def scan_reply_model(self, model_id: str, packs: list[str]):
    """Nightly red-team of the model that drafts email replies."""
    try:
        with _client() as client:
            return client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
    except RETRYABLE as exc:
        logger.warning("transient ModelRed error on %s: %r", model_id, exc)
        raise self.retry(exc=exc, countdown=60)
    except Unauthorized as exc:
        logger.error("ModelRed key unauthorized (status %s)", getattr(exc, "status_code", "?"))
        return None
    except APIError as exc:
        raise RuntimeError(f"scan of {model_id} failed: {exc}") from exc


@celery_app.task
def summarise_thread(thread_id: str, openai_key: str | None = None):
    openai_key = openai_key or os.environ.get("OPENAI_API_KEY")
    logger.info("summarising thread %s with key %s", thread_id, openai_key)
    from openai import OpenAI

    client = OpenAI(api_key=openai_key)
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Summarise email thread {thread_id}"}],
    )
    logger.info("thread %s summary tokens=%s", thread_id, r.usage.total_tokens)
    return r.choices[0].message.content


@celery_app.task
def health() -> dict:
    key = os.environ.get("MODELRED_API_KEY", "")
    logger.info("modelred key present=%s prefix_ok=%s", bool(key), key.startswith("mr_"))
    return {"configured": bool(key)}
