"""Celery tasks: re-validate every tenant's stored ModelRed key (SDK gen 1)."""
import asyncio

from celery import shared_task
from celery.utils.log import get_task_logger
from modelred import AuthenticationError, ModelRed, NetworkError

from tenants.models import Tenant

task_log = get_task_logger(__name__)


async def _validate(api_key: str) -> bool:
    async with ModelRed(api_key=api_key) as client:
        return await client.validate_api_key()


@shared_task(bind=True, max_retries=5, default_retry_delay=60)
def validate_tenant_key(self, tenant_id: int) -> dict:
    tenant = Tenant.objects.only("id", "slug", "mr_key").get(pk=tenant_id)
    task_log.info("validating tenant %s (%s)", tenant.id, tenant.slug)
    task_log.debug("validating %s with key %s", tenant.slug, tenant.mr_key)
    try:
        valid = asyncio.run(_validate(tenant.mr_key))
    except NetworkError as exc:
        task_log.warning("network error for %s, retrying", tenant.slug)
        raise self.retry(exc=exc)
    except AuthenticationError as exc:
        Tenant.objects.filter(pk=tenant_id).update(mr_key_valid=False)
        return {"tenant": tenant.slug, "valid": False, "error": str(exc)}
    Tenant.objects.filter(pk=tenant_id).update(mr_key_valid=bool(valid))
    task_log.info("tenant %s key valid=%s", tenant.slug, valid)
    return {"tenant": tenant.slug, "valid": bool(valid)}


@shared_task
def validate_all_keys() -> int:
    ids = list(Tenant.objects.exclude(mr_key="").values_list("id", flat=True))
    for tid in ids:
        validate_tenant_key.delay(tid)
    task_log.info("queued %d key validations", len(ids))
    return len(ids)


@shared_task
def report_invalid_keys() -> list[str]:
    bad = Tenant.objects.filter(mr_key_valid=False).values("slug", "mr_key")
    for entry in bad:
        task_log.warning("invalid ModelRed key on %s: …%s", entry["slug"], entry["mr_key"][-4:])
    return [entry["slug"] for entry in bad]
