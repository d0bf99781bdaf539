"""Celery tasks keeping the gateway's guardrail probe packs in sync (ModelRed generation 3)."""
import logging
import os

from celery import Celery
from modelred import ModelRed, ModelRedError, RateLimited, ServerError, Unauthorized

celery_app = Celery("gateway", broker=os.environ.get("CELERY_BROKER", "redis://localhost:6379/1"))
task_log = logging.getLogger("gateway.tasks")

TRANSIENT = (RateLimited, ServerError)


def _modelred_key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        raise RuntimeError(f"MODELRED_API_KEY must start with mr_, got {key}")
    return key


@celery_app.task(bind=True, max_retries=5, default_retry_delay=60)
def refresh_probe_pack(self, pack_id: str) -> dict:
    try:
        with ModelRed(_modelred_key(), timeout=20.0) as mr:
            pack = mr.get_probe_pack(pack_id)
            data = mr.get_probe_pack_data(pack_id)
    except TRANSIENT as exc:
        task_log.info("transient %s for pack %s; retrying", type(exc).__name__, pack_id)
        raise self.retry(exc=exc)
    except Unauthorized:
        task_log.error("gateway ModelRed key unauthorized")
        return {"pack_id": pack_id, "ok": False}
    except ModelRedError as exc:
        raise RuntimeError(f"probe pack {pack_id} refresh failed: {exc}") from exc
    task_log.info("pack %s v%s: %d probes", pack_id, pack.get("version"), len(data.get("probes", [])))
    return {"pack_id": pack_id, "ok": True, "probes": len(data.get("probes", []))}


@celery_app.task
def refresh_all(pack_ids: list[str]) -> int:
    for pack_id in pack_ids:
        refresh_probe_pack.delay(pack_id)
    task_log.info("queued %d pack refreshes", len(pack_ids))
    return len(pack_ids)
