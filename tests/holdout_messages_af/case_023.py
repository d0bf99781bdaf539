"""Queue consumer: pulls audio jobs from Redis, transcribes, posts results back."""
import json
import logging
import os
import time

import redis
from openai import OpenAI, APIStatusError
from modelred import ModelRed, APIError, LimitExceeded

log = logging.getLogger("asr.consumer")

REDIS_HOST = os.environ.get("REDIS_HOST", "localhost")
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD")
QUEUE = "asr:jobs"
RESULTS = "asr:results"


class Consumer:
    def __init__(self):
        self.r = redis.Redis(host=REDIS_HOST, port=6379, password=REDIS_PASSWORD, decode_responses=True)
        self.oai = OpenAI()
        self.mr = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=5)
        log.info("consumer on %s queue %s (redis auth: %s)", REDIS_HOST, QUEUE, REDIS_PASSWORD is not None)

    def ping(self):
        try:
            self.r.ping()
        except redis.AuthenticationError:
            log.critical("redis auth failed for %s with password %s", REDIS_HOST, REDIS_PASSWORD)
            raise

    def handle(self, job: dict) -> dict:
        with open(job["path"], "rb") as fh:
            text = self.oai.audio.transcriptions.create(model="whisper-1", file=fh).text
        result = {"job_id": job["id"], "text": text}
        if job.get("scan_model"):
            try:
                a = self.mr.create_assessment_by_id(model_id=job["scan_model"], probe_pack_ids=["pii"])
                result["assessment_id"] = a["id"]
            except LimitExceeded as e:
                log.warning("scan limit reached: %s", e)
            except APIError as e:
                result["scan_error"] = f"{type(e).__name__} ({e.status_code})"
        return result

    def run(self):
        self.ping()
        while True:
            item = self.r.blpop(QUEUE, timeout=5)
            if not item:
                continue
            job = json.loads(item[1])
            try:
                self.r.rpush(RESULTS, json.dumps(self.handle(job)))
            except APIStatusError as e:
                log.error("openai %s for job %s: %s", e.status_code, job["id"], e.message)
                time.sleep(2)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    Consumer().run()
