"""Comment-moderation review queue (Flask): moderators can re-run the ModelRed gen 1 check."""
import logging
import os

from flask import Blueprint, flash, redirect, render_template, request, url_for
from modelred import ModelRed, ModelRedError, AuthenticationError, RateLimitError

bp = Blueprint("modqueue", __name__)
logger = logging.getLogger("modqueue")

TOXICITY_MODEL = os.environ.get("TOXICITY_MODEL_ID", "comment-toxicity-v4")
MODELRED_KEY = os.environ.get("MODELRED_API_KEY")


async def _recheck(model_id):
    async with ModelRed(api_key=MODELRED_KEY) as client:
        ok = await client.validate_api_key()
        if not ok:
            raise AuthenticationError(f"key {MODELRED_KEY} not valid")
        return await client.run_assessment(model_id=model_id, test_suites=["toxicity"], priority="normal")


@bp.post("/queue/recheck")
async def recheck():
    model_id = request.form.get("model_id", TOXICITY_MODEL)
    try:
        res = await _recheck(model_id)
    except RateLimitError as e:
        logger.info("rate limited: %s", e)
        flash("ModelRed is rate limiting us; try again in a minute.", "warning")
        return redirect(url_for("modqueue.index"))
    except ModelRedError as e:
        flash(f"Re-check failed: {e}", "error")
        return redirect(url_for("modqueue.index"))
    flash(f"Re-check started: {res.get('assessment_id')}", "info")
    return redirect(url_for("modqueue.index"))


@bp.get("/queue")
def index():
    items = request.args.get("items", "pending")
    logger.debug("queue view %s, modelred configured=%s", items, MODELRED_KEY is not None)
    return render_template("modqueue/index.html", items=items, model=TOXICITY_MODEL)


@bp.get("/queue/settings")
def settings_page():
    masked = (MODELRED_KEY or "")[-4:]
    logger.info("settings viewed; key ending %s", masked)
    return render_template("modqueue/settings.html", key_hint=masked, model=TOXICITY_MODEL)
