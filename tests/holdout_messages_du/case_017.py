"""RQ worker entry point for image captioning with Hugging Face Inference."""
import logging
import sys
from pathlib import Path

import requests
from redis import Redis
from rq import Queue, Worker

HF_TOKEN_PATH = Path.home() / ".cache" / "huggingface" / "token"
API = "https://api-inference.huggingface.co/models/Salesforce/blip-image-captioning-large"
log = logging.getLogger("captioner")


def hf_token() -> str:
    return HF_TOKEN_PATH.read_text(encoding="utf-8").strip()


def caption(image_url: str) -> str:
    token = hf_token()
    img = requests.get(image_url, timeout=30)
    img.raise_for_status()
    resp = requests.post(API, headers={"Authorization": f"Bearer {token}"}, data=img.content, timeout=60)
    if resp.status_code in (401, 403):
        sys.stderr.write(f"HF rejected token {token} for {image_url}\n")
        resp.raise_for_status()
    if resp.status_code == 503:
        log.warning("model loading, estimated %s s", resp.json().get("estimated_time"))
        raise RuntimeError("model still loading")
    return resp.json()[0]["generated_text"]


def report_failure(job, exc_type, exc_value, tb):
    log.error("job %s (%s) failed with %s", job.id, job.func_name, exc_type.__name__)
    log.debug("job args: %s", job.args)
    return True


if __name__ == "__main__":
    if not HF_TOKEN_PATH.exists():
        sys.exit(f"no token at {HF_TOKEN_PATH}; run huggingface-cli login")
    token = hf_token()
    print(f"token file {HF_TOKEN_PATH} ({len(token)} chars)")
    if "--show-token" in sys.argv:
        print("HF token:", token)
    conn = Redis.from_url("redis://localhost:6379/4")
    worker = Worker([Queue("captions", connection=conn)], connection=conn, exception_handlers=[report_failure])
    worker.work(with_scheduler=True)
