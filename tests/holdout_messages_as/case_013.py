"""Celery tasks for the transcription farm (AssemblyAI + OpenAI cleanup)."""
import logging
import os

import assemblyai as aai
from celery import Celery
from openai import OpenAI

celery_app = Celery("transcribe", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
tlog = logging.getLogger("tasks.transcribe")

aai.settings.api_key = os.environ["ASSEMBLYAI_API_KEY"]
CLEANUP_MODEL = "gpt-4o-mini"


def _openai():
    return OpenAI(api_key=os.environ["OPENAI_API_KEY"], organization=os.environ.get("OPENAI_ORG"))


@celery_app.task(bind=True, max_retries=3)
def transcribe(self, media_url, job_id):
    tlog.info("job %s: transcribing %s", job_id, media_url)
    config = aai.TranscriptionConfig(speaker_labels=True, language_detection=True)
    transcript = aai.Transcriber(config=config).transcribe(media_url)
    if transcript.status == aai.TranscriptStatus.error:
        tlog.warning("job %s failed: %s", job_id, transcript.error)
        raise self.retry(countdown=60)
    return cleanup.delay(transcript.text, job_id).id


@celery_app.task
def cleanup(text, job_id):
    client = _openai()
    resp = client.chat.completions.create(
        model=CLEANUP_MODEL,
        messages=[{"role": "system", "content": "Fix punctuation, keep wording."},
                  {"role": "user", "content": text}],
        max_tokens=4096,
    )
    tlog.info("job %s cleaned, %s prompt / %s completion tokens", job_id,
              resp.usage.prompt_tokens, resp.usage.completion_tokens)
    return resp.choices[0].message.content


@celery_app.task
def selftest():
    key = aai.settings.api_key
    tlog.info("assemblyai key configured: %s...", key[:4])
    try:
        aai.Transcriber().transcribe("https://example.org/silence.mp3")
    except Exception as exc:
        tlog.error("assemblyai selftest failed with key %s: %s", key, exc)
        raise RuntimeError(f"assemblyai unusable (key {key})") from exc
    return "ok"


@celery_app.task
def org_report():
    org = os.environ.get("OPENAI_ORG")
    tlog.info("openai org in use: %s", org)
    return org
