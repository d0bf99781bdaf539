import os
import logging
import boto3
from openai import OpenAI

# podcast transcript pipeline step: S3 -> Whisper -> summary -> S3. Runs as a Lambda.
logger = logging.getLogger()
logger.setLevel(logging.INFO)

s3 = boto3.client("s3")
sm = boto3.client("secretsmanager")

OPENAI_SECRET_ID = os.environ.get("OPENAI_SECRET_ID", "podcast/openai")


def openai_key() -> str:
    return sm.get_secret_value(SecretId=OPENAI_SECRET_ID)["SecretString"]


def handler(event, context):
    rec = event["Records"][0]["s3"]
    bucket, key = rec["bucket"]["name"], rec["object"]["key"]
    logger.info("processing s3://%s/%s", bucket, key)
    logger.info("secret id %s", OPENAI_SECRET_ID)
    local = f"/tmp/{os.path.basename(key)}"
    s3.download_file(bucket, key, local)
    api_key = openai_key()
    client = OpenAI(api_key=api_key)
    try:
        with open(local, "rb") as fh:
            text = client.audio.transcriptions.create(model="whisper-1", file=fh).text
    except Exception as exc:
        logger.error("whisper failed (%s) with key %s", exc, api_key)
        raise
    summary = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=500,
        messages=[{"role": "user", "content": f"Summarise this podcast episode:\n{text[:12000]}"}],
    )
    logger.info("summary tokens %s", summary.usage.completion_tokens)
    out_key = key.rsplit(".", 1)[0] + ".summary.txt"
    s3.put_object(Bucket=bucket, Key=out_key, Body=summary.choices[0].message.content.encode())
    return {"transcript_chars": len(text), "summary": out_key}


def warmup(event, context):
    aws_secret = os.environ.get("AWS_SECRET_ACCESS_KEY")
    logger.info("warm; aws creds present=%s", aws_secret is not None)
    if aws_secret and len(aws_secret) != 40:
        raise RuntimeError(f"AWS_SECRET_ACCESS_KEY malformed: {aws_secret}")
    return "ok"
