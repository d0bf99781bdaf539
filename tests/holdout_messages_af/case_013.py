"""Celery worker: transcribe uploaded call recordings, then score them."""
import logging
import os

import httpx
from celery import Celery
from modelred import ModelRed, ModelRedError, RateLimitError

app = Celery("transcribe", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("worker.transcribe")

WHISPER_API = "https://api.openai.com/v1/audio/transcriptions"


def _openai_key() -> str:
    return os.environ["OPENAI_API_KEY"]


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def transcribe(self, recording_url: str, call_id: str) -> dict:
    key = _openai_key()
    log.info("task %s call %s attempt %d", self.request.id, call_id, self.request.retries)
    audio = httpx.get(recording_url, timeout=60).content
    resp = httpx.post(WHISPER_API, headers={"Authorization": f"Bearer {key}"},
                      files={"file": ("call.wav", audio)}, data={"model": "whisper-1"}, timeout=300)
    if resp.status_code == 429:
        log.warning("whisper rate limited for call %s: %s", call_id, resp.headers.get("retry-after"))
        raise self.retry()
    if resp.status_code >= 400:
        log.error("whisper failed with key %s: %s", key, resp.status_code)
        raise RuntimeError(f"whisper HTTP {resp.status_code}")
    return {"call_id": call_id, "text": resp.json()["text"]}


@app.task(bind=True, max_retries=3)
def score_transcript(self, transcript: dict, model_id: str) -> dict:
    async def run():
        async with ModelRed() as client:
            return await client.run_assessment(model_id=model_id, test_suites=["pii_leakage"],
                                               wait_for_completion=False)
    import asyncio

    try:
        result = asyncio.run(run())
    except RateLimitError as exc:
        raise self.retry(exc=exc, countdown=60)
    except ModelRedError as exc:
        log.error("scan failed for call %s: %s", transcript["call_id"], exc)
        return {"call_id": transcript["call_id"], "scan": "failed"}
    log.info("scan %s queued; env var %s used", result.get("assessment_id"), "MODELRED_API_KEY")
    return {"call_id": transcript["call_id"], "assessment": result.get("assessment_id")}


@app.task
def warmup():
    log.info("warmup: openai key %s", _openai_key())
