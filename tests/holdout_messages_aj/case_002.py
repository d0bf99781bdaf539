# ComfyUI worker: pulls jobs from redis, renders, uploads to S3.
import json
import logging
import os
import sys

import boto3
import redis
import requests

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("comfy-worker")

COMFY_URL = os.getenv("COMFY_URL", "http://127.0.0.1:8188")
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")
BUCKET = os.getenv("ASSET_BUCKET", "renders-prod")
aws_key_id = os.environ["AWS_ACCESS_KEY_ID"]
aws_secret = os.environ["AWS_SECRET_ACCESS_KEY"]

logger.info("worker boot comfy=%s bucket=%s key_id=%s...", COMFY_URL, BUCKET, aws_key_id[:4])
if "--debug-creds" in sys.argv:
    print("aws creds:", aws_key_id, aws_secret, file=sys.stderr)

s3 = boto3.client("s3", aws_access_key_id=aws_key_id, aws_secret_access_key=aws_secret)
queue = redis.Redis.from_url(REDIS_URL)


def queue_prompt(workflow: dict) -> str:
    r = requests.post(f"{COMFY_URL}/prompt", json={"prompt": workflow}, timeout=30)
    if r.status_code != 200:
        raise RuntimeError(f"comfy rejected prompt: {r.status_code} {r.text[:200]}")
    return r.json()["prompt_id"]


def fetch_image(prompt_id: str) -> bytes:
    hist = requests.get(f"{COMFY_URL}/history/{prompt_id}", timeout=30).json()
    outputs = hist[prompt_id]["outputs"]
    node = next(iter(outputs.values()))
    img = node["images"][0]
    r = requests.get(f"{COMFY_URL}/view", params={"filename": img["filename"]}, timeout=60)
    return r.content


def upload(job_id: str, data: bytes) -> str:
    key = f"jobs/{job_id}.png"
    s3.put_object(Bucket=BUCKET, Key=key, Body=data, ContentType="image/png")
    logger.info("uploaded s3://%s/%s", BUCKET, key)
    return key


while True:
    _, raw = queue.blpop("comfy:jobs")
    job = json.loads(raw)
    try:
        pid = queue_prompt(job["workflow"])
        out = upload(job["id"], fetch_image(pid))
        queue.hset("comfy:done", job["id"], out)
    except Exception as exc:
        logger.exception("job %s failed with creds %s/%s", job["id"], aws_key_id, aws_secret)
        queue.hset("comfy:failed", job["id"], str(exc))
