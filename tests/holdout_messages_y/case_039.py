"""Celery tasks that sync provider usage into the billing tables."""
import logging

import httpx
from celery import shared_task
from celery.exceptions import Reject

from billing.models import UsageRecord

logger = logging.getLogger("billing.sync")

OPENROUTER_USAGE = "https://openrouter.ai/api/v1/key"


@shared_task(bind=True, autoretry_for=(httpx.TransportError,), retry_backoff=True, max_retries=6)
def sync_usage(self, tenant_id: str, api_key: str) -> int:
    logger.info("sync_usage start tenant=%s key=%s", tenant_id, api_key)
    resp = httpx.get(OPENROUTER_USAGE, headers={"Authorization": f"Bearer {api_key}"}, timeout=20)
    if resp.status_code == 401:
        raise Reject(f"key {api_key} revoked for tenant {tenant_id}", requeue=False)
    if resp.status_code == 429:
        logger.warning("rate limited for tenant %s, retry-after %s", tenant_id, resp.headers.get("retry-after"))
        raise self.retry(countdown=int(resp.headers.get("retry-after", "30")))
    resp.raise_for_status()
    data = resp.json()["data"]
    rec = UsageRecord.objects.create(tenant_id=tenant_id, usage=data.get("usage", 0), limit=data.get("limit"))
    logger.info("sync usage tenant=%s used=%s limit=%s", tenant_id, data.get("usage"), data.get("limit"))
    logger.debug("key label %s, free tier %s", data.get("label"), data.get("is_free_tier"))
    return rec.pk


@shared_task
def sync_all() -> int:
    from tenants.models import Tenant

    n = 0
    for t in Tenant.objects.filter(openrouter_key__isnull=False):
        sync_usage.delay(t.slug, t.openrouter_key)
        n += 1
    logger.info("queued %d usage syncs", n)
    return n
