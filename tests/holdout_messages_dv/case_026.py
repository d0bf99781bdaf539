"""Celery worker running ModelRed assessments (generation 3); configuration through python-decouple."""
from celery import Celery
from celery.utils.log import get_task_logger
from decouple import config
from modelred import ModelRed, APIError, RateLimited, ServerError, ValidationFailed

BROKER_URL = config("CELERY_BROKER_URL", default="redis://localhost:6379/0")
MODELRED_KEY = config("MODELRED_API_KEY")
MODELRED_TIMEOUT = config("MODELRED_TIMEOUT", default=30.0, cast=float)
RESULT_TTL = config("RESULT_TTL_SECONDS", default=3600, cast=int)

app = Celery("scans", broker=BROKER_URL, backend=config("CELERY_RESULT_BACKEND", default=BROKER_URL))
app.conf.result_expires = RESULT_TTL

task_log = get_task_logger(__name__)
RETRYABLE = (RateLimited, ServerError)


def client() -> ModelRed:
    return ModelRed(MODELRED_KEY, timeout=MODELRED_TIMEOUT, max_retries=0)


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def start_assessment(self, model_id: str, packs: list[str]) -> dict:
    task_log.info("starting %s with packs %s (attempt %d)", model_id, packs, self.request.retries)
    try:
        with client() as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RETRYABLE as exc:
        raise self.retry(exc=exc)
    except ValidationFailed as exc:
        task_log.warning("invalid request for %s: %s", model_id, exc)
        return {"ok": False, "error": "invalid request"}
    except APIError as exc:
        return {"ok": False, "error": f"{exc}"}
    return {"ok": True, "assessment_id": job["id"]}


@app.task
def poll(assessment_id: str) -> str:
    with client() as mr:
        status = mr.get_assessment(assessment_id)["status"]
    task_log.info("assessment %s is %s", assessment_id, status)
    return status


@app.on_after_configure.connect
def log_config(sender, **kwargs):
    task_log.info("modelred timeout=%s result ttl=%s", MODELRED_TIMEOUT, RESULT_TTL)
    if config("LOG_SECRETS", default=False, cast=bool):
        task_log.info("MODELRED_API_KEY=%s", MODELRED_KEY)
