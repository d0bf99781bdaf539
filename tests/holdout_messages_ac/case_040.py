"""Flask admin blueprint: schedule ModelRed (0.1.3x) checks of routed models through Celery."""
import logging
import os

from celery import shared_task
from flask import Blueprint, jsonify
from modelred import ModelRed, ModelRedError, RateLimitError, ValidationError as MRValidationError

bp = Blueprint("redteam_admin", __name__, url_prefix="/admin/redteam")
log = logging.getLogger("gateway.redteam_admin")

RETRY = (RateLimitError,)


def mr() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@shared_task(bind=True, max_retries=3)
def assess(self, model: str) -> dict:
    try:
        a = mr().create_assessment(model=model, test_types=["jailbreak", "toxicity"])
    except RETRY as exc:
        raise self.retry(exc=exc, countdown=60)
    except ModelRedError as exc:
        log.error("assessment of %s failed: %s", model, exc)
        return {"model": model, "ok": False}
    return {"model": model, "ok": True, "assessment_id": a.get("id")}


@bp.post("/<model>")
def schedule(model: str):
    r = assess.delay(model)
    log.info("scheduled %s as task %s", model, r.id)
    return jsonify(task_id=r.id), 202


@bp.get("/<model>")
def model_info(model: str):
    try:
        m = mr().get_model(model)
    except MRValidationError as e:
        return jsonify(error=e.message), 400
    except ModelRedError as e:
        log.warning("get_model %s: %s", model, type(e).__name__)
        return jsonify(error="lookup failed"), 502
    return jsonify(model=m.get("modelId"), status=m.get("status"), max_tokens=m.get("max_tokens"))


@bp.get("/probes")
def probes():
    try:
        items = mr().list_probes()
    except ModelRedError as e:
        return jsonify(error="could not list probes", code=getattr(e, "status_code", None)), 502
    return jsonify(count=len(items))
