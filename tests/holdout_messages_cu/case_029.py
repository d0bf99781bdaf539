"""Admin blueprint for the fantasy platform: league owners bring their own Anthropic key
for the AI commissioner, which gets registered with ModelRed (0.1.3x API)."""
import logging

from flask import Blueprint, current_app, g, jsonify, request
from modelred import ModelRed, ModelRedError, ConflictError, ValidationError
from modelred import ProviderConfig

from .auth import owner_required
from .db import save_byok

bp = Blueprint("byok", __name__, url_prefix="/admin/byok")
admin_log = logging.getLogger("fantasy.admin.byok")


@bp.post("/anthropic")
@owner_required
def add_anthropic_key():
    body = request.get_json(force=True)
    league_id = body["league_id"]
    anthropic_key = body.get("api_key", "").strip()
    model_name = body.get("model", "claude-3-5-haiku-latest")
    if not anthropic_key.startswith("sk-ant-"):
        admin_log.warning("league %s sent a non-Anthropic key (prefix %s)", league_id, anthropic_key[:4])
        return jsonify(error="that does not look like an Anthropic key"), 400
    cfg = ProviderConfig.anthropic(api_key=anthropic_key, model_name=model_name)
    admin_log.debug("provider config for league %s: %s", league_id, cfg)
    client = ModelRed(api_key=current_app.config["MODELRED_API_KEY"])
    try:
        client.create_model(modelId=f"commish-{league_id}", provider="anthropic", displayName=f"AI commissioner {league_id}", providerConfig=cfg)
    except ConflictError:
        admin_log.info("model for league %s already registered", league_id)
    except ValidationError as e:
        admin_log.warning("ModelRed validation failed for league %s: %s", league_id, e)
        return jsonify(error="ModelRed rejected the model settings"), 422
    except ModelRedError as e:
        return jsonify(error=f"ModelRed: {e}"), 502
    save_byok(league_id, provider="anthropic", key=anthropic_key, owner=g.user.id)
    admin_log.info("stored BYOK for league %s by owner %s, model %s", league_id, g.user.id, model_name)
    return jsonify(ok=True, model=f"commish-{league_id}")


@bp.get("/status/<int:league_id>")
@owner_required
def status(league_id: int):
    client = ModelRed(api_key=current_app.config["MODELRED_API_KEY"])
    try:
        m = client.get_model(f"commish-{league_id}")
    except ModelRedError as e:
        admin_log.error("status lookup failed: %s", type(e).__name__)
        return jsonify(registered=False), 200
    return jsonify(registered=True, status=m.get("status"))
