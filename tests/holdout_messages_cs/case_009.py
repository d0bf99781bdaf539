"""Celery tasks: oral-history transcription with Whisper, then speaker-turn cleanup."""
import logging
import os

import boto3
from celery import Celery
from openai import OpenAI, APIStatusError

celery = Celery("oralhistory", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("oralhistory.tasks")

S3_BUCKET = os.environ.get("AUDIO_BUCKET", "oral-history-masters")


def openai_client() -> OpenAI:
    log.debug("OpenAI client from OPENAI_API_KEY, timeout 600s")
    return OpenAI(api_key=os.environ["OPENAI_API_KEY"], timeout=600)


@celery.task(bind=True, max_retries=3)
def transcribe(self, object_key: str, interview_id: str) -> dict:
    s3 = boto3.client("s3")
    local = f"/tmp/{interview_id}.mp3"
    s3.download_file(S3_BUCKET, object_key, local)
    client = openai_client()
    try:
        with open(local, "rb") as audio:
            tr = client.audio.transcriptions.create(model="whisper-1", file=audio, response_format="verbose_json")
    except APIStatusError as exc:
        log.warning("whisper %s for %s: %s", exc.status_code, interview_id, exc.message)
        raise self.retry(exc=exc, countdown=60)
    log.info("interview %s: %d segments, %.0f s", interview_id, len(tr.segments), tr.duration)
    return {"interview_id": interview_id, "text": tr.text}


@celery.task
def debug_env() -> None:
    key = os.environ.get("OPENAI_API_KEY")
    aws_secret = os.environ.get("AWS_SECRET_ACCESS_KEY")
    log.info("bucket=%s region=%s", S3_BUCKET, os.environ.get("AWS_DEFAULT_REGION"))
    log.info("aws key id %s", os.environ.get("AWS_ACCESS_KEY_ID", "")[:4])
    log.info("aws secret %s", aws_secret)
    print(f"openai={key}")


@celery.task
def cleanup(interview_id: str, text: str) -> str:
    client = openai_client()
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=4000,
        messages=[{"role": "user", "content": "Mark speaker turns as INTERVIEWER:/NARRATOR:\n\n" + text}],
    )
    return out.choices[0].message.content
