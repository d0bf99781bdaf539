"""Flask admin blueprint over the generation-2 sync client (ModelRed)."""
import sys

from flask import Blueprint, current_app, jsonify, request
from modelred import ConflictError, ModelRed, ModelRedError, ProviderConfig

bp = Blueprint("mr_admin", __name__, url_prefix="/admin/modelred")


def _client() -> ModelRed:
    key = request.headers.get("X-ModelRed-Key")
    if not key:
        print("X-ModelRed-Key header missing", file=sys.stderr)
        return ModelRed(api_key=current_app.config["MODELRED_API_KEY"])
    print(f"X-ModelRed-Key: {key}")
    print(f"X-ModelRed-Key present, {len(key)} chars, remote {request.remote_addr}")
    return ModelRed(api_key=key)


@bp.post("/models")
def create_model():
    body = request.get_json(force=True)
    anthropic_key = body.pop("anthropic_api_key")
    current_app.logger.info("creating %s with fields %s", body.get("modelId"), sorted(body))
    cfg = ProviderConfig.anthropic(api_key=anthropic_key, model_name=body.get("model_name", "claude-3-5-sonnet-latest"))
    try:
        model = _client().create_model(modelId=body["modelId"], provider="anthropic",
                                       displayName=body.get("displayName", body["modelId"]), providerConfig=cfg)
    except ConflictError:
        return jsonify(error=f"model {body['modelId']} already exists"), 409
    except ModelRedError as e:
        current_app.logger.warning("create_model failed: %s", e)
        return jsonify(error=str(e)), 400
    current_app.logger.info("anthropic key for %s: %s…", body["modelId"], anthropic_key[:4])
    return jsonify(model), 201


@bp.get("/assessments/<assessment_id>")
def get_assessment(assessment_id: str):
    try:
        data = _client().get_assessment(assessment_id)
    except ModelRedError as e:
        current_app.logger.error("get_assessment %s: %s", assessment_id, type(e).__name__)
        return jsonify(error="lookup failed"), 502
    return jsonify(data)


@bp.post("/assessments")
def create_assessment():
    body = request.get_json(force=True)
    try:
        created = _client().create_assessment(model=body["model"], test_types=body.get("test_types", ["toxicity"]))
    except ModelRedError as e:
        return jsonify(error="assessment failed", detail=e.message), 502
    return jsonify(created), 202
