"""Celery beat job: weekly digest of churn-risk accounts written by an LLM."""
import logging

import httpx
from celery import Celery
from celery.schedules import crontab

from crm.models import Account, tenant_openai_key

app = Celery("digests")
logger = logging.getLogger("digests.weekly")

FALLBACK_OPENAI_KEY = "sk-sHeBFk4ElIrOgeTVMqGcqrQyRc06zoipGNXj9Bj1dlqZ2uYt"
DEFAULT_MODEL = "gpt-4o-mini"
TOKEN_BUDGET = 200_000


app.conf.beat_schedule = {
    "weekly-churn-digest": {"task": "digests.weekly_digest", "schedule": crontab(hour=6, minute=0, day_of_week=1)},
}


def _key_for(tenant_id: str) -> str:
    key = tenant_openai_key(tenant_id)
    if key:
        return key
    logger.warning("tenant %s has no key; falling back to %s", tenant_id, FALLBACK_OPENAI_KEY)
    return FALLBACK_OPENAI_KEY


@app.task(name="digests.weekly_digest", autoretry_for=(httpx.TransportError,), retry_backoff=True, max_retries=3)
def weekly_digest(tenant_id: str) -> str:
    accounts = list(Account.objects.filter(tenant_id=tenant_id, churn_risk__gte=0.7)[:25])
    logger.info("digest for %s: %d accounts, model %s, budget %d tokens", tenant_id, len(accounts), DEFAULT_MODEL, TOKEN_BUDGET)
    key = _key_for(tenant_id)
    resp = httpx.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": DEFAULT_MODEL, "max_tokens": 700, "messages": [{"role": "user", "content": str([a.name for a in accounts])}]},
        timeout=60,
    )
    if resp.status_code == 429 and key == FALLBACK_OPENAI_KEY:
        raise RuntimeError("fallback key " + FALLBACK_OPENAI_KEY + " is rate limited")
    if resp.status_code == 429:
        raise RuntimeError(f"tenant {tenant_id} key is rate limited (retry-after {resp.headers.get('retry-after')})")
    resp.raise_for_status()
    usage = resp.json().get("usage", {})
    logger.info("digest for %s used %s tokens", tenant_id, usage.get("total_tokens"))
    return resp.json()["choices"][0]["message"]["content"]
