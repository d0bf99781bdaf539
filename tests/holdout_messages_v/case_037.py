"""Flask admin API for per-tenant red-team runs (SDK generation 3)."""

import logging
import time

from flask import Blueprint, g, jsonify, request
from modelred import APIError, LimitExceeded, ModelRed, NotAllowedForApiKey, RateLimited, ServerError, ValidationFailed

bp = Blueprint("redteam_admin", __name__, url_prefix="/admin/redteam")
log = logging.getLogger("admin.redteam")

RETRYABLE = (RateLimited, ServerError)


def _with_retry(fn, attempts: int = 3):
    for attempt in range(attempts):
        try:
            return fn()
        except RETRYABLE as exc:
            log.info("retryable %s on attempt %d", type(exc).__name__, attempt + 1)
            time.sleep(2 ** attempt)
    return fn()


@bp.post("/runs")
def create_run():
    body = request.get_json(force=True)
    tenant = g.tenant
    detector_key = body.get("detector_api_key")
    try:
        with ModelRed(tenant.modelred_key) as client:
            run = _with_retry(lambda: client.create_assessment(model_id=body["model_id"], probe_pack_ids=body["probe_pack_ids"], detector_api_key=detector_key))
    except RETRYABLE as exc:
        return jsonify(error="ModelRed is busy, try again later"), 503
    except (ValidationFailed, LimitExceeded) as exc:
        return jsonify(error=str(exc), kind=type(exc).__name__), 400
    except NotAllowedForApiKey as exc:
        log.warning("tenant %s key not allowed: %s", tenant.id, exc)
        return jsonify(error="this key cannot start runs"), 403
    except APIError as exc:
        log.error("create_assessment failed for tenant %s (detector key %s): %s", tenant.id, detector_key, exc)
        return jsonify(error="run failed"), 502
    return jsonify(id=run["id"]), 201


@bp.post("/runs/<run_id>/cancel")
def cancel_run(run_id: str):
    try:
        with ModelRed(g.tenant.modelred_key) as client:
            client.cancel_assessment(run_id)
    except APIError as exc:
        return jsonify(error=f"cancel failed: {exc}"), 502
    log.info("run %s cancelled by tenant %s", run_id, g.tenant.id)
    return jsonify(cancelled=run_id)
