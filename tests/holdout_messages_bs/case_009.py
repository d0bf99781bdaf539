"""Celery dubbing worker: translate, synthesise, mux."""
import logging
import os

from celery import Celery
from modelred import AsyncModelRed, ModelRedError, RateLimitError
import asyncio

app = Celery("dubbing", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
logger = logging.getLogger("dubbing.worker")

ELEVEN_KEY = os.environ["ELEVENLABS_API_KEY"]
DEEPL_KEY = os.environ["DEEPL_AUTH_KEY"]
TARGETS = ("de", "fr", "es", "ja")


@app.task(bind=True, max_retries=5)
def dub_episode(self, episode_id, target):
    if target not in TARGETS:
        raise ValueError(f"unsupported target {target!r} for {episode_id}")
    logger.info("dub %s -> %s", episode_id, target)
    try:
        from .pipeline import run_dub
        return run_dub(episode_id, target, eleven_key=ELEVEN_KEY, deepl_key=DEEPL_KEY)
    except ConnectionError as exc:
        logger.warning("retrying %s (%s), eleven key %s", episode_id, exc, ELEVEN_KEY)
        raise self.retry(exc=exc, countdown=30)


async def _scan(model_id):
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        return await mr.create_assessment(model=model_id, test_types=["jailbreak", "toxicity"], priority="high")


@app.task(bind=True, max_retries=3)
def scan_dub_model(self, model_id):
    try:
        return asyncio.run(_scan(model_id))
    except RateLimitError as exc:
        raise self.retry(exc=exc, countdown=60)
    except ModelRedError as exc:
        logger.error("scan of %s failed: %s", model_id, exc)
        return {"model": model_id, "status": "failed", "reason": str(exc)}


@app.task
def check_config():
    report = {"targets": TARGETS, "eleven": bool(ELEVEN_KEY), "deepl_free": DEEPL_KEY.endswith(":fx")}
    logger.info("config %s", report)
    if DEEPL_KEY.endswith(":fx") and len(TARGETS) > 3:
        logger.warning("DeepL free key (...%s) may hit the 500k char limit", DEEPL_KEY[-4:])
    return report
