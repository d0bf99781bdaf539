"""RQ worker jobs for the platform: start assessments, record the outcome on the job."""
import logging
import os

from redis import Redis
from rq import Queue, get_current_job

from modelred import ModelRed, ModelRedError as SDKError, NotFound

log = logging.getLogger("platform.jobs")
redis_conn = Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/1"))
queue = Queue("redteam", connection=redis_conn)


def run_assessment_job(tenant: str, model_id: str, packs: list[str]) -> dict:
    job = get_current_job()
    api_key = os.environ[f"MODELRED_KEY_{tenant.upper()}"]
    job.meta["tenant"] = tenant
    job.meta["key_hint"] = api_key[-4:]
    job.save_meta()
    try:
        with ModelRed(api_key) as client:
            created = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except NotFound as err:
        job.meta["error"] = f"model {model_id} not found"
        job.meta["error_type"] = type(err).__name__
        job.save_meta()
        return {"ok": False}
    except SDKError as err:
        log.warning("job %s for %s failed: %s", job.id, tenant, err)
        job.meta["error"] = str(err)
        job.save_meta()
        return {"ok": False}
    job.meta["assessment_id"] = created["id"]
    job.save_meta()
    return {"ok": True, "assessment_id": created["id"]}


def enqueue(tenant: str, model_id: str, packs: list[str]):
    key = os.environ.get(f"MODELRED_KEY_{tenant.upper()}")
    if key is None:
        raise LookupError(f"tenant {tenant} has no ModelRed key (MODELRED_KEY_{tenant.upper()})")
    log.info("enqueue %s/%s with key %s", tenant, model_id, key)
    return queue.enqueue(run_assessment_job, tenant, model_id, packs, job_timeout=3600)


def job_status(job_id: str) -> dict:
    from rq.job import Job

    j = Job.fetch(job_id, connection=redis_conn)
    return {"status": j.get_status(), "error": j.meta.get("error"), "assessment_id": j.meta.get("assessment_id")}
