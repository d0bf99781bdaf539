"""Celery tasks behind the Telegram red-team bot: runs are long, so they go to a worker."""
import logging
import os

from celery import Celery
from modelred import ModelRed, RateLimited, ServerError, APIError
from telegram import Bot

celery_app = Celery("tgjobs", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/1"))
log = logging.getLogger("tgjobs")

RETRYABLE = (RateLimited, ServerError)


def _bot() -> Bot:
    return Bot(os.environ["TELEGRAM_BOT_TOKEN"])


@celery_app.task(bind=True, max_retries=5, default_retry_delay=30)
def run_redteam(self, chat_id: int, model_id: str, packs: list[str]) -> str:
    key = os.environ["MODELRED_API_KEY"]
    call_kwargs = {"model_id": model_id, "probe_pack_ids": packs}
    client_kwargs = {"api_key": key, "timeout": 60.0, "max_retries": 0}
    log.info("job %s: starting run %s", self.request.id, call_kwargs)
    log.debug("job %s: client kwargs %s", self.request.id, client_kwargs)
    try:
        with ModelRed(**client_kwargs) as mr:
            run = mr.create_assessment_by_id(**call_kwargs)
    except RETRYABLE as exc:
        log.warning("job %s retry %d: %s", self.request.id, self.request.retries, type(exc).__name__)
        raise self.retry(exc=exc)
    except APIError as exc:
        import asyncio
        asyncio.run(_bot().send_message(chat_id, f"Red-team run for {model_id} failed: {exc}"))
        return "failed"
    asyncio_send(chat_id, f"Run {run['id']} started for {model_id}.")
    return run["id"]


def asyncio_send(chat_id: int, text: str) -> None:
    import asyncio
    asyncio.run(_bot().send_message(chat_id, text))


@celery_app.task
def poll_status(chat_id: int, assessment_id: str) -> None:
    with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            a = mr.get_assessment(assessment_id)
        except APIError as exc:
            log.error("status poll for %s failed: %s", assessment_id, exc)
            asyncio_send(chat_id, "Could not read the run status; the team was notified.")
            return
    asyncio_send(chat_id, f"{assessment_id}: {a['status']}")
