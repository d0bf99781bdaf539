"""Dramatiq actor that runs a red-team assessment for one tenant."""
import logging
import os

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker
from modelred import ModelRed, APIError, RateLimited

logger = logging.getLogger("assess.worker")
broker = RedisBroker(url=os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
dramatiq.set_broker(broker)
store = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))

TENANT_KEY_FMT = "tenant:{}:modelred_key"


def tenant_key(tenant_id: str) -> str:
    raw = store.get(TENANT_KEY_FMT.format(tenant_id))
    if raw is None:
        logger.warning("no key under %s", TENANT_KEY_FMT.format(tenant_id))
        raise LookupError(tenant_id)
    return raw.decode()


@dramatiq.actor(max_retries=5, min_backoff=2_000)
def assess(tenant_id: str, model_id: str, packs: list[str]) -> None:
    api_key = tenant_key(tenant_id)
    level = logging.DEBUG if os.environ.get("VERBOSE") else logging.INFO
    logger.log(level, "tenant %s key prefix %s", tenant_id, api_key[:4])
    try:
        with ModelRed(api_key) as client:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RateLimited:
        logger.log(logging.WARNING, "rate limited for tenant %s", tenant_id)
        raise
    except APIError as exc:
        logger.log(logging.ERROR, "tenant %s rejected with key %s", tenant_id, api_key)
        logger.error("status %s", exc.status_code)
        raise RuntimeError(f"assessment for {tenant_id} failed") from exc
    logger.info("queued %s for %s", run["id"], tenant_id)


@dramatiq.actor
def check_key(tenant_id: str) -> None:
    key = tenant_key(tenant_id)
    if not key.startswith("mr_"):
        raise ValueError("tenant %s has a malformed key %r" % (tenant_id, key))
    logger.info("tenant %s key length %d", tenant_id, len(key))
