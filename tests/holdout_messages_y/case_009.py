"""Celery task that runs the nightly ModelRed scan of each tenant's support bot."""
import logging

from celery import shared_task
from celery.utils.log import get_task_logger

from modelred import ModelRed, RateLimited, ServerError, Unauthorized, ValidationFailed

from tenants.crypto import decrypt
from tenants.models import Tenant

logger = get_task_logger(__name__)
plain = logging.getLogger("scans")

RETRYABLE = (RateLimited, ServerError)
PACKS = ["jailbreak-core", "data-exfiltration"]


@shared_task(bind=True, max_retries=5, default_retry_delay=120)
def nightly_scan(self, tenant_id: int) -> dict:
    tenant = Tenant.objects.get(pk=tenant_id)
    api_key = decrypt(tenant.modelred_key_ciphertext)
    logger.info("nightly scan tenant=%s attempt=%s", tenant_id, self.request.retries)
    try:
        with ModelRed(api_key, max_retries=1) as client:
            assessment = client.create_assessment_by_id(model_id=tenant.bot_model_id, probe_pack_ids=PACKS)
    except RETRYABLE as exc:
        logger.warning("transient ModelRed failure for tenant %s: %s", tenant_id, exc)
        raise self.retry(exc=exc)
    except Unauthorized:
        logger.error("ModelRed key %s rejected for tenant %s", api_key, tenant_id)
        tenant.flag_key_problem()
        return {"status": "auth_failed"}
    except ValidationFailed as exc:
        plain.error("bad model id %s: %s", tenant.bot_model_id, type(exc).__name__)
        return {"status": "invalid"}
    logger.info("tenant %s assessment %s queued", tenant_id, assessment["id"])
    return {"status": "queued", "assessment": assessment["id"]}


@shared_task
def rotate_ciphertexts() -> int:
    n = 0
    for tenant in Tenant.objects.exclude(modelred_key_ciphertext=""):
        plaintext = decrypt(tenant.modelred_key_ciphertext)
        if not plaintext.startswith("mr_"):
            plain.warning("tenant %s stored key %r has the wrong prefix", tenant.pk, plaintext)
            continue
        plain.debug("tenant %s ciphertext %s", tenant.pk, tenant.modelred_key_ciphertext[:16])
        n += 1
    return n
