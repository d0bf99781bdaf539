"""Flask blueprint for the 3PL client portal: ask the inventory assistant (ModelRed gen 2)."""
import os

from flask import Blueprint, current_app, jsonify, request
import modelred as mr

bp = Blueprint("inventory_ai", __name__, url_prefix="/portal/ai")

_client = None


def client():
    global _client
    if _client is None:
        _client = mr.ModelRedClient(api_key=current_app.config["MODELRED_API_KEY"])
    return _client


@bp.post("/register")
def register():
    body = request.get_json(force=True)
    provider_key = body.get("provider_api_key", "")
    if not provider_key:
        return jsonify(error="provider_api_key is required"), 400
    try:
        model = client().create_model(
            modelId=body["model_id"],
            provider="openai",
            displayName=body.get("name", body["model_id"]),
            providerConfig=mr.ProviderConfig.openai(api_key=provider_key, model_name=body.get("model", "gpt-4o-mini")),
        )
    except mr.ConflictError:
        return jsonify(error=f"model {body['model_id']} already exists"), 409
    except mr.ValidationError as e:
        current_app.logger.warning("create_model rejected key %s: %s", provider_key, e)
        return jsonify(error=str(e)), 422
    except mr.ModelRedError as e:
        current_app.logger.error("create_model failed: %r", e)
        return jsonify(error="registration failed"), 502
    return jsonify(id=model["id"]), 201


@bp.get("/models/<model_identifier>")
def get_model(model_identifier):
    try:
        m = client().get_model(model_identifier)
    except mr.NotFoundError as e:
        return jsonify(error="not found", status=getattr(e, "status_code", 404)), 404
    except mr.ModelRedError as e:
        return jsonify(error=f"lookup failed: {e}"), 502
    return jsonify(id=m["id"], provider=m["provider"], status=m.get("status"))


@bp.get("/whoami")
def whoami():
    key = current_app.config["MODELRED_API_KEY"]
    return jsonify(key_suffix=key[-4:], env=os.environ.get("FLASK_ENV", "production"))
