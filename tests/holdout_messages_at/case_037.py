"""Internal people-tools portal: admin page showing model safety status (Flask, ModelRed gen 1 via asyncio)."""
import asyncio
import logging
import os

from flask import Blueprint, current_app, jsonify, render_template_string
from modelred import ModelRed, ModelRedError, ModelNotFoundError, AuthorizationError

bp = Blueprint("safety", __name__, url_prefix="/admin/safety")
log = logging.getLogger("portal.safety")

PAGE = "<h1>{{ model }}</h1><p>Status: {{ status }}</p><p>{{ note }}</p>"


async def _status(model_id: str) -> dict:
    async with ModelRed(api_key=current_app.config["MODELRED_API_KEY"]) as client:
        model = await client.get_model(model_id)
        return await client.get_assessment_status(model["latest_assessment_id"])


@bp.get("/<model_id>")
def status_page(model_id: str):
    try:
        st = asyncio.run(_status(model_id))
    except ModelNotFoundError:
        return render_template_string(PAGE, model=model_id, status="unknown", note="Model is not registered."), 404
    except AuthorizationError as e:
        log.error("portal key not authorised: %s", e)
        return render_template_string(PAGE, model=model_id, status="error", note="Not authorised."), 403
    except ModelRedError as e:
        return render_template_string(PAGE, model=model_id, status="error", note=str(e)), 502
    return render_template_string(PAGE, model=model_id, status=st.get("status"), note=f"progress {st.get('progress')}%")


@bp.get("/<model_id>.json")
def status_json(model_id: str):
    try:
        st = asyncio.run(_status(model_id))
    except ModelRedError as e:
        log.warning("status json failed for %s: %s", model_id, type(e).__name__)
        return jsonify(error="status unavailable", kind=type(e).__name__), 502
    return jsonify(st)


def init_app(app) -> None:
    app.config.setdefault("MODELRED_API_KEY", os.environ.get("MODELRED_API_KEY"))
    app.register_blueprint(bp)
    log.info("safety blueprint on %s, key configured=%s", bp.url_prefix, bool(app.config["MODELRED_API_KEY"]))
    log.debug("modelred key %s", app.config["MODELRED_API_KEY"])
