"""Permit-review assistant job queue (RQ) with a ModelRed gen 3 regression check per release."""
import logging
import os

from redis import Redis
from rq import Queue
from modelred import ModelRed, APIError, Conflict, ValidationFailed

log = logging.getLogger("permits.release")
redis_conn = Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))
q = Queue("permit-release", connection=redis_conn)


def release_check(release_tag: str, model_id: str) -> dict:
    key = os.environ["MODELRED_API_KEY"]
    with ModelRed(key, max_retries=2) as mr:
        try:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=["permit-fraud", "pii-basic"],
                                     detector_api_key=os.environ.get("OPENAI_API_KEY"))
        except Conflict:
            log.info("an assessment for %s is already running", model_id)
            return {"release": release_tag, "status": "already-running"}
        except ValidationFailed as e:
            log.warning("validation failed for %s: status=%s", model_id, getattr(e, "status_code", "?"))
            return {"release": release_tag, "status": "invalid", "message": e.args[0] if e.args else ""}
        except APIError as e:
            log.exception("ModelRed API error during release %s", release_tag)
            return {"release": release_tag, "status": "error"}
    log.info("release %s: assessment %s", release_tag, a["id"])
    return {"release": release_tag, "status": "queued", "assessment": a["id"]}


def enqueue(release_tag: str, model_id: str = "permit-review-v4"):
    job = q.enqueue(release_check, release_tag, model_id, job_timeout=600)
    log.info("enqueued %s as job %s", release_tag, job.id)
    return job


def debug_env():
    for name in ("MODELRED_API_KEY", "OPENAI_API_KEY", "REDIS_URL"):
        log.debug("%s=%s", name, os.environ.get(name))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    enqueue(os.environ.get("RELEASE_TAG", "2025.03.1"))
