"""Flask dashboard blueprint: ModelRed assessments overview (generation 3, sync)."""
import logging
import os

from flask import Blueprint, current_app, render_template, flash, redirect, url_for
from modelred import ModelRed, APIError, Unauthorized, RateLimited, NotFound

bp = Blueprint("redteam", __name__, url_prefix="/redteam")
log = logging.getLogger("dashboard.redteam")


def _mr():
    key = current_app.config["MODELRED_API_KEY"]
    return ModelRed(key, timeout=15.0, max_retries=2)


@bp.route("/")
def overview():
    try:
        with _mr() as mr:
            items = mr.list_assessments(limit=50)
    except Unauthorized:
        log.error("ModelRed key rejected (ends %s)", current_app.config["MODELRED_API_KEY"][-4:])
        flash("ModelRed credentials are invalid; ask the platform team.", "error")
        return render_template("redteam/overview.html", items=[])
    except RateLimited as e:
        flash(f"Rate limited, retry in {e.retry_after}s", "warning")
        return render_template("redteam/overview.html", items=[])
    except APIError as e:
        flash(f"ModelRed error: {e}", "error")
        return render_template("redteam/overview.html", items=[])
    return render_template("redteam/overview.html", items=items)


@bp.route("/<assessment_id>/cancel", methods=["POST"])
def cancel(assessment_id):
    try:
        with _mr() as mr:
            mr.cancel_assessment(assessment_id)
    except NotFound as e:
        log.info("cancel %s: not found (%s)", assessment_id, e.status_code)
        flash("No such assessment", "warning")
    except APIError as e:
        log.warning("cancel %s failed: %s", assessment_id, e)
        flash("Cancel failed", "error")
    return redirect(url_for("redteam.overview"))


def init_app(app):
    app.config.setdefault("MODELRED_API_KEY", os.environ.get("MODELRED_API_KEY", ""))
    app.register_blueprint(bp)
    log.info("redteam blueprint ready, config keys: %s", sorted(k for k in app.config if k.startswith("MODELRED")))
    if app.debug:
        log.debug("redteam key configured=%s", bool(app.config["MODELRED_API_KEY"]))
