"""Launch an OpenAI fine-tuning job from a prepared JSONL file and poll it.

Run from the training box: `python launch_ft.py data/train.jsonl`.
"""
import logging
import os
import sys
import time

import requests

log = logging.getLogger("ft.launch")
API = "https://api.openai.com/v1"


def headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"}


def upload(path: str) -> str:
    h = headers()
    with open(path, "rb") as fh:
        resp = requests.post(f"{API}/files", headers=h, files={"file": fh},
                             data={"purpose": "fine-tune"}, timeout=120)
    if resp.status_code != 200:
        log.error("upload failed %s: %s", resp.status_code, resp.text)
        log.debug("request headers were %s", h)
        resp.raise_for_status()
    return resp.json()["id"]


def create_job(file_id: str, model: str = "gpt-4o-mini-2024-07-18") -> str:
    h = headers()
    body = {"training_file": file_id, "model": model, "hyperparameters": {"n_epochs": 3}}
    resp = requests.post(f"{API}/fine_tuning/jobs", headers=h, json=body, timeout=60)
    job = resp.json()
    log.info("job %s created for %s", job.get("id"), model)
    log.info("header names sent: %s", sorted(h))
    return job["id"]


def wait(job_id: str) -> dict:
    key = os.environ["OPENAI_API_KEY"]
    while True:
        resp = requests.get(f"{API}/fine_tuning/jobs/{job_id}",
                            headers={"Authorization": f"Bearer {key}"}, timeout=30)
        job = resp.json()
        if job["status"] in ("succeeded", "failed", "cancelled"):
            log.info("job %s finished: %s trained_tokens=%s", job_id, job["status"], job.get("trained_tokens"))
            return job
        if resp.status_code == 401:
            log.warning("401 polling %s with key %s", job_id, key)
        time.sleep(30)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    fid = upload(sys.argv[1])
    wait(create_job(fid))
