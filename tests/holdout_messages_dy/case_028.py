"""Flask blueprint that starts ModelRed assessments (SDK generation 3) for the QA dashboard."""
import logging
import os

from flask import Blueprint, current_app, jsonify, request
from modelred import APIError, ModelRed, NotAllowedForApiKey, ValidationFailed

bp = Blueprint("assessments", __name__, url_prefix="/api/assessments")
log = logging.getLogger(__name__)

DEFAULT_PACKS = ["owasp-llm-top10", "jailbreak-basic"]


def _client() -> ModelRed:
    return ModelRed(current_app.config["MODELRED_API_KEY"], timeout=20.0, extra_headers={"X-Client": "qa-dashboard"})


@bp.post("/")
def start():
    body = request.get_json(silent=True) or {}
    kwargs = {"model_id": body["model_id"], "probe_pack_ids": body.get("packs", DEFAULT_PACKS), "priority": body.get("priority", "normal")}
    openai_key = os.environ.get("OPENAI_API_KEY")
    if openai_key:
        kwargs["detector_api_key"] = openai_key
    log.info("create_assessment args: %s", {k: v for k, v in kwargs.items() if k != "detector_api_key"})
    log.debug("create_assessment kwargs: %s", kwargs)
    try:
        with _client() as client:
            a = client.create_assessment(**kwargs)
    except ValidationFailed as e:
        log.info("validation failed for %s: %s", kwargs["model_id"], e)
        return jsonify({"error": "invalid request", "fields": sorted(body)}), 400
    except NotAllowedForApiKey as e:
        return jsonify({"error": type(e).__name__}), 403
    except APIError as e:
        return jsonify({"error": str(e)}), 502
    return jsonify({"id": a.id, "status": a.status, "packs": kwargs["probe_pack_ids"]}), 202


@bp.get("/")
def list_recent():
    limit = min(int(request.args.get("limit", 20)), 100)
    with _client() as client:
        try:
            items = client.list_assessments(page_size=limit)
        except APIError as e:
            log.warning("list_assessments failed (%s) using key %s", getattr(e, "status_code", "?"), current_app.config["MODELRED_API_KEY"])
            return jsonify({"error": "upstream failure"}), 502
    return jsonify([{"id": a.id, "model": getattr(a, "model_id", None), "status": a.status} for a in items])
