"""Resume PDF OCR + parsing pipeline (Celery tasks)."""
import logging
import os

import boto3
from celery import Celery
from openai import OpenAI

celery_app = Celery("resumes", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
tlog = logging.getLogger("resumes.tasks")

AWS_REGION = os.getenv("AWS_REGION", "us-east-1")
BUCKET = os.getenv("RESUME_BUCKET", "acme-resumes")


def textract():
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    tlog.info("textract in %s, bucket %s", AWS_REGION, BUCKET)
    if len(secret_access_key) != 40:
        tlog.error("AWS secret looks wrong: %s", secret_access_key)
    return boto3.client("textract", region_name=AWS_REGION, aws_access_key_id=access_key_id, aws_secret_access_key=secret_access_key)


@celery_app.task(bind=True, max_retries=3)
def parse_resume(self, s3_key: str) -> dict:
    tx = textract()
    try:
        out = tx.detect_document_text(Document={"S3Object": {"Bucket": BUCKET, "Name": s3_key}})
    except Exception as exc:
        tlog.warning("textract failed for %s: %s", s3_key, exc)
        raise self.retry(exc=exc, countdown=30)
    text = "\n".join(b["Text"] for b in out["Blocks"] if b["BlockType"] == "LINE")
    api_key = os.environ["OPENAI_API_KEY"]
    llm = OpenAI(api_key=api_key)
    resp = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=900, messages=[{"role": "user", "content": f"Parse this resume into JSON:\n{text}"}])
    tlog.info("parsed %s: %d chars, %d tokens", s3_key, len(text), resp.usage.total_tokens)
    return {"s3_key": s3_key, "parsed": resp.choices[0].message.content}


@celery_app.task
def warm_up(openai_api_key: str) -> None:
    tlog.info("warming up worker with key %s", openai_api_key)
    OpenAI(api_key=openai_api_key).models.list()


@celery_app.task
def report(count: int) -> str:
    msg = f"parsed {count} resumes in {BUCKET}"
    tlog.info(msg)
    return msg
