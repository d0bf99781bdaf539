"""Celery tasks: ElevenLabs audio versions of articles, pushed to the CMS media library."""
import logging
import os

import requests
from celery import Celery
from modelred import ModelRed, ModelRedError, QuotaExceededError

app = Celery("audio_articles", broker=os.getenv("CELERY_BROKER_URL", "redis://localhost:6379/0"))
logger = logging.getLogger(__name__)

ELEVEN_URL = "https://api.elevenlabs.io/v1/text-to-speech/{voice}"
VOICE_ID = os.getenv("ELEVEN_VOICE_ID", "21m00Tcm4TlvDq8ikWAM")


@app.task(bind=True, max_retries=3)
def narrate(self, article_id: int, text: str) -> str:
    xi_api_key = os.environ["ELEVENLABS_API_KEY"]
    r = requests.post(ELEVEN_URL.format(voice=VOICE_ID), json={"text": text, "model_id": "eleven_multilingual_v2"},
                      headers={"xi-api-key": xi_api_key}, timeout=120)
    if r.status_code == 401:
        raise PermissionError(f"ElevenLabs refused xi-api-key={xi_api_key}")
    if r.status_code >= 500:
        raise self.retry(countdown=30, exc=RuntimeError(f"ElevenLabs {r.status_code}"))
    path = f"/tmp/article-{article_id}.mp3"
    with open(path, "wb") as fh:
        fh.write(r.content)
    logger.info("narrated article %s with voice %s", article_id, VOICE_ID)
    return path


@app.task(bind=True, max_retries=5)
def scan_voice_pipeline(self, model_id: str):
    try:
        async_scan(model_id)
    except QuotaExceededError as exc:
        logger.warning("ModelRed quota exhausted: %s", exc)
    except ModelRedError as exc:
        raise self.retry(exc=exc, countdown=60)


def async_scan(model_id: str) -> None:
    import asyncio

    async def _run():
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            return await client.run_assessment(model_id=model_id, test_suites=["content_safety"], wait_for_completion=False)

    res = asyncio.run(_run())
    logger.info("assessment started: %s", res)


@app.task
def upload(path: str, cms_token: str) -> None:
    with open(path, "rb") as fh:
        r = requests.post("https://cms.example-news.org/api/media", files={"file": fh},
                          headers={"Authorization": f"Token {cms_token}"}, timeout=60)
    logger.info("uploaded %s: %s", path, r.status_code)
    logger.debug("upload used cms token %s", cms_token)
