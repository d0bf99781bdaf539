"""Celery tasks behind the moderation pipeline: classification and weekly red-team scans."""
import asyncio
import logging
import os

from celery import Celery
from modelred import ModelRed, ModelRedError, QuotaExceededError, RateLimitError
from openai import OpenAI, APIStatusError

app = Celery("modpipe", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("modpipe.tasks")

LABELS = ["ok", "spam", "harassment", "self_harm", "nsfw"]


def _openai() -> OpenAI:
    return OpenAI(api_key=os.environ["OPENAI_API_KEY"], max_retries=0)


@app.task(bind=True, max_retries=5)
def classify(self, post_id: int, text: str) -> dict:
    try:
        r = _openai().chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=5,
            messages=[{"role": "system", "content": "Reply with one of: " + ", ".join(LABELS)},
                      {"role": "user", "content": text}],
        )
    except APIStatusError as exc:
        log.warning("post %s: openai %s", post_id, exc.status_code)
        raise self.retry(exc=exc, countdown=2 ** self.request.retries)
    return {"post_id": post_id, "label": r.choices[0].message.content.strip(), "tokens": r.usage.total_tokens}


async def _run_scan(model_id: str) -> dict:
    async with ModelRed(api_key=os.environ.get("MODELRED_API_KEY")) as client:
        return await client.run_assessment(model_id=model_id, test_suites=["basic_security", "content_safety"], priority="low")


@app.task(bind=True)
def weekly_redteam(self, model_id: str) -> dict:
    try:
        res = asyncio.run(_run_scan(model_id))
    except (QuotaExceededError, RateLimitError) as exc:
        log.warning("modelred throttled %s: %r", model_id, exc)
        raise self.retry(exc=exc, countdown=3600)
    except ModelRedError as exc:
        return {"model_id": model_id, "ok": False, "error": str(exc)}
    return {"model_id": model_id, "ok": True, "assessment": res.get("assessment_id")}


@app.task
def check_credentials() -> bool:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        log.error("MODELRED_API_KEY=%s is not a ModelRed key", key)
        return False
    log.info("MODELRED_API_KEY has %d chars", len(key))
    return True
