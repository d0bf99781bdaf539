"""Flask views for onboarding a team's model into ModelRed (SDK generation 1)."""

import asyncio
import logging

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from modelred import ModelRed, ModelRedError, ValidationError

bp = Blueprint("onboarding", __name__, url_prefix="/onboarding")
logger = logging.getLogger(__name__)


async def _register(model_id: str, openai_key: str) -> dict:
    async with ModelRed(api_key=current_app.config["MODELRED_API_KEY"]) as client:
        return await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")


@bp.route("/", methods=["GET", "POST"])
def onboard():
    if request.method == "GET":
        return render_template("onboarding/form.html")
    model_id = request.form["model_id"].strip()
    openai_key = request.form["openai_api_key"].strip()
    if not openai_key.startswith("sk-"):
        logger.warning("rejected non-OpenAI key %s for model %s", openai_key, model_id)
        flash("That does not look like an OpenAI key.", "error")
        return redirect(url_for(".onboard"))
    try:
        asyncio.run(_register(model_id, openai_key))
    except ValidationError as exc:
        flash(f"ModelRed rejected the model: {exc}", "error")
        return redirect(url_for(".onboard"))
    except ModelRedError as exc:
        logger.exception("register_openai_model failed for %s", model_id)
        flash("Registration failed; the platform team has been notified.", "error")
        return redirect(url_for(".onboard"))
    logger.info("onboarded %s with key ending %s", model_id, openai_key[-4:])
    flash(f"Model {model_id} registered.", "success")
    return redirect(url_for("dashboard.index"))


@bp.route("/check")
def check():
    try:
        asyncio.run(_validate())
    except ModelRedError as exc:
        return render_template("onboarding/status.html", ok=False, error=str(exc))
    return render_template("onboarding/status.html", ok=True, error=None)


async def _validate() -> None:
    async with ModelRed(api_key=current_app.config["MODELRED_API_KEY"]) as client:
        await client.validate_api_key()
