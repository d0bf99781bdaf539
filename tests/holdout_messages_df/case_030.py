"""Celery tasks: dedupe SIEM alerts in Redis and summarise clusters with an LLM."""
import hashlib
import json
import logging
import os

import redis
from celery import Celery
from openai import AzureOpenAI

app = Celery("alerts", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("alerts.tasks")

REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD")
r = redis.Redis(host=os.environ.get("REDIS_HOST", "localhost"), password=REDIS_PASSWORD, db=2)
AZ_KEY = os.environ["AZURE_OPENAI_API_KEY"]
llm = AzureOpenAI(api_key=AZ_KEY, api_version="2024-06-01", azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini")


def fingerprint(alert):
    basis = f"{alert['rule']}|{alert.get('src_ip')}|{alert.get('user')}"
    return hashlib.sha256(basis.encode()).hexdigest()[:16]


@app.task(bind=True, max_retries=3)
def ingest(self, alert):
    fp = fingerprint(alert)
    try:
        seen = r.incr(f"alert:{fp}")
        r.expire(f"alert:{fp}", 3600)
    except redis.AuthenticationError as exc:
        log.error("redis auth failed with password %s", REDIS_PASSWORD)
        raise self.retry(exc=exc, countdown=30)
    log.info("alert %s seen %d times", fp, seen)
    if seen == 5:
        summarise.delay(fp, alert)


@app.task
def summarise(fp, alert):
    out = llm.chat.completions.create(model=DEPLOYMENT, max_tokens=300,
                                      messages=[{"role": "user", "content": json.dumps(alert)}])
    log.info("summary for %s via %s: %d tokens", fp, DEPLOYMENT, out.usage.total_tokens)
    r.hset(f"summary:{fp}", mapping={"text": out.choices[0].message.content})


@app.task
def selfcheck():
    log.info("azure key hash %s", hashlib.sha256(AZ_KEY.encode()).hexdigest()[:8])
    if not AZ_KEY.strip():
        raise ValueError("AZURE_OPENAI_API_KEY is blank")
    if AZ_KEY != AZ_KEY.strip():
        raise ValueError(f"AZURE_OPENAI_API_KEY has stray whitespace: {AZ_KEY!r}")
