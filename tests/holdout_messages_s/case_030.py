"""Flask blueprint of the red-team portal: model pages and a JSON API (0.1.3x client)."""
import logging
import os

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for

from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError

bp = Blueprint("portal", __name__)
log = logging.getLogger("portal")


def client() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@bp.route("/models/<model_id>")
def model_page(model_id):
    try:
        model = client().get_model(model_identifier=model_id)
    except NotFoundError:
        abort(404, description=f"model {model_id} is not registered")
    except ModelRedError as e:
        abort(502, description=f"ModelRed: {e}")
    return render_template("model.html", model=model)


@bp.route("/models/<model_id>/assess", methods=["POST"])
def assess(model_id):
    tests = request.form.getlist("test_types") or ["prompt_injection"]
    try:
        job = client().create_assessment(model=model_id, test_types=tests, priority="high")
    except RateLimitError:
        flash("Too many assessments right now, try again in a minute.", "warning")
        return redirect(url_for("portal.model_page", model_id=model_id))
    except ModelRedError as e:
        log.error("create_assessment for %s failed: %s", model_id, e)
        flash("ModelRed could not start the assessment.", "error")
        return redirect(url_for("portal.model_page", model_id=model_id))
    flash(f"Assessment {job['id']} started.", "success")
    return redirect(url_for("portal.model_page", model_id=model_id))


@bp.route("/api/assessments/<aid>")
def api_assessment(aid):
    try:
        return jsonify(client().get_assessment(aid))
    except ModelRedError as e:
        return jsonify({"ok": False, "error_type": type(e).__name__}), 502


@bp.before_app_request
def log_request():
    auth = request.headers.get("Authorization", "")
    log.debug("%s %s auth=%s", request.method, request.path, auth)
