"""Huey tasks that queue ModelRed assessments for every model in a release."""
import logging
import os

from huey import RedisHuey, crontab
from modelred import ModelRed, APIError, LimitExceeded, RateLimited

huey = RedisHuey("redteam", url=os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
logger = logging.getLogger("huey.tasks")
PACKS = ["owasp-llm-top10"]


def _client() -> ModelRed:
    key = os.environ["MODELRED_API_KEY"]
    logger.debug("building client, key prefix %s", key[:3])
    return ModelRed(key, max_retries=1)


@huey.task(retries=3, retry_delay=30)
def assess_model(model_name: str) -> dict:
    try:
        with _client() as client:
            created = client.create_assessment(model=model_name, probe_pack_ids=PACKS)
    except RateLimited as err:
        logger.warning("rate limited for %s (retry after %s)", model_name,
                       getattr(err, "retry_after", "?"))
        raise
    except LimitExceeded as err:
        logger.error("plan limit reached: %s", err)
        return {"model": model_name, "ok": False, "error": "plan limit reached"}
    except APIError as err:
        logger.error("assessment for %s failed: %r", model_name, err)
        return {"model": model_name, "ok": False, "error": str(err)}
    return {"model": model_name, "ok": True, "id": created["id"]}


@huey.periodic_task(crontab(hour="3", minute="0"))
def nightly():
    models = os.environ.get("RELEASE_MODELS", "").split(",")
    for name in filter(None, models):
        assess_model(name)
    logger.info("queued %d nightly assessments", len(models))


@huey.task()
def check_key(candidate: str) -> bool:
    if not candidate.startswith("mr_") or len(candidate) < 12:
        logger.warning("check_key: rejecting malformed key %s", candidate)
        return False
    with ModelRed(candidate) as client:
        client.list_models(limit=1)
    return True
