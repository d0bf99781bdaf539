"""Class-based Celery task holding a lazily built ModelRed client (gen 3)."""
import logging

from celery import Task
from django.conf import settings

from myproject.celery import app
from modelred import ModelRed, APIError, RateLimited, ServerError, Unauthorized

logger = logging.getLogger("scans.tasks")


class ModelRedTask(Task):
    abstract = True
    _client = None

    @property
    def api_key(self):
        return settings.MODELRED_API_KEY

    @property
    def client(self):
        if self._client is None:
            self._client = ModelRed(self.api_key, timeout=30.0, max_retries=2)
            logger.info("client ready for worker %s (timeout=30)", self.request.hostname)
        return self._client


@app.task(base=ModelRedTask, bind=True, max_retries=5)
def start_scan(self, model_id, pack_ids):
    try:
        a = self.client.create_assessment_by_id(model_id=model_id, probe_pack_ids=pack_ids)
    except (RateLimited, ServerError) as exc:
        logger.warning("transient %s for %s", type(exc).__name__, model_id)
        raise self.retry(exc=exc, countdown=20)
    except Unauthorized:
        logger.critical("ModelRed refused worker key %s", self.api_key)
        return {"status": "error", "detail": "ModelRed authentication failed"}
    except APIError as exc:
        return {"status": "error", "detail": f"ModelRed said: {exc}"}
    logger.info("scan %s queued for %s", a["id"], model_id)
    return {"status": "queued", "assessment_id": a["id"]}


@app.task(base=ModelRedTask, bind=True)
def cancel_scan(self, assessment_id):
    try:
        self.client.cancel_assessment(assessment_id)
    except APIError as exc:
        logger.error("cancel %s failed: %s (status %s)", assessment_id, exc, exc.status_code)
        return {"status": "error", "code": exc.status_code}
    return {"status": "cancelled"}
