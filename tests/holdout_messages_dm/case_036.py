"""Lambda: S3-triggered transcription with Whisper; per-environment keys in SSM, fetched in bulk at cold start."""
import logging
import os
import tempfile

import boto3
from openai import OpenAI

log = logging.getLogger("transcribe")
log.setLevel(logging.DEBUG if os.environ.get("DEBUG") else logging.INFO)

STAGE = os.environ.get("STAGE", "dev")
PREFIX = f"/transcribe/{STAGE}/"

ssm = boto3.client("ssm")
s3 = boto3.client("s3")


def load_config() -> dict:
    pages = ssm.get_paginator("get_parameters_by_path").paginate(Path=PREFIX, WithDecryption=True)
    config = {p["Name"].removeprefix(PREFIX): p["Value"] for page in pages for p in page["Parameters"]}
    log.info("loaded parameters %s", sorted(config))
    log.debug("full transcription config: %s", config)
    return config


CONFIG = load_config()
openai_api_key = CONFIG.get("openai-api-key", "")
if not openai_api_key:
    raise RuntimeError(f"{PREFIX}openai-api-key is missing (got {openai_api_key!r})")
client = OpenAI(api_key=openai_api_key)
log.info("language=%s model=%s", CONFIG.get("language", "en"), CONFIG.get("model", "whisper-1"))


def handler(event, context):
    rec = event["Records"][0]["s3"]
    bucket, key = rec["bucket"]["name"], rec["object"]["key"]
    log.info("transcribing s3://%s/%s", bucket, key)
    with tempfile.NamedTemporaryFile(suffix=os.path.splitext(key)[1]) as tmp:
        s3.download_fileobj(bucket, key, tmp)
        tmp.seek(0)
        try:
            text = client.audio.transcriptions.create(model=CONFIG.get("model", "whisper-1"), file=tmp, response_format="text")
        except Exception as exc:
            log.error("whisper failed for %s using key %s: %s", key, openai_api_key, type(exc).__name__)
            raise
    out_key = key.rsplit(".", 1)[0] + ".txt"
    s3.put_object(Bucket=bucket, Key=out_key, Body=text.encode())
    log.info("wrote %s (%d chars)", out_key, len(text))
    return {"transcript": out_key}
