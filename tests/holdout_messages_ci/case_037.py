import logging
import os

import redis
from rq import Queue
from modelred import ModelRedClient, ModelRedError, RateLimitError

# Tenant-portal chatbot deploy hook: after each deploy, queue a ModelRed assessment (gen 2 client).
log = logging.getLogger("deploy_hook")
r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/1"))
q = Queue("audits", connection=r)
CACHE_KEY = "portal-bot:last-assessment"


def queue_audit(release: str) -> str:
    client = ModelRedClient(api_key=os.environ.get("MODELRED_API_KEY"))
    try:
        a = client.create_assessment(model="tenant-portal-bot", test_types=["prompt_injection", "pii"], priority="high")
    except RateLimitError as e:
        log.warning("rate limited, retry after %s", getattr(e, "retry_after", None))
        q.enqueue_in(__import__("datetime").timedelta(minutes=10), queue_audit, release)
        return "deferred"
    except ModelRedError as e:
        log.error("release %s audit failed: %s", release, e)
        return f"failed: {e}"
    r.set(CACHE_KEY, a["id"])
    log.info("release %s -> assessment %s (cached under %s)", release, a["id"], CACHE_KEY)
    return a["id"]


def last_assessment() -> str | None:
    val = r.get(CACHE_KEY)
    return val.decode() if val else None


def deploy_webhook(payload: dict, token: str) -> dict:
    expected = os.environ["DEPLOY_HOOK_TOKEN"]
    if token != expected:
        log.warning("deploy hook rejected token %s", token)
        return {"ok": False}
    release = payload.get("release", "unknown")
    log.info("deploy hook for release %s, max_tokens setting %s", release, payload.get("max_tokens"))
    return {"ok": True, "result": queue_audit(release)}
