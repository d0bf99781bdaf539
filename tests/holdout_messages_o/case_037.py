"""admin.py - Flask admin page for registering customer models (SDK 0.1.3x)"""
import logging
import os

from flask import Flask, flash, redirect, render_template, request, url_for
from modelred import ModelRedClient, ModelRedError, ConflictError, ProviderConfig

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
log = logging.getLogger("admin")

client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.route("/models/new", methods=["GET", "POST"])
def new_model():
    if request.method == "GET":
        return render_template("new_model.html")
    model_id = request.form["model_id"]
    provider = request.form["provider"]
    provider_key = request.form["provider_key"]
    config = {"api_key": provider_key, "model_name": request.form.get("model_name", "gpt-4o")}
    log.info("admin %s registering %s (%s)", request.remote_user, model_id, provider)
    log.debug("provider config for %s: %s", model_id, config)
    log.debug("provider config for %s: model_name=%s", model_id, config["model_name"])
    try:
        client.create_model(modelId=model_id, provider=provider, displayName=model_id, providerConfig=config)
    except ConflictError:
        flash(f"A model called {model_id} already exists.", "warning")
        return redirect(url_for("new_model"))
    except ModelRedError as e:
        flash(f"Registration failed: {e}", "error")
        return redirect(url_for("new_model"))
    flash(f"Registered {model_id}", "success")
    return redirect(url_for("new_model"))


@app.route("/models/anthropic", methods=["POST"])
def new_anthropic():
    pc = ProviderConfig.anthropic(api_key=request.form["provider_key"], model="claude-3-5-sonnet-latest")
    try:
        client.create_model(modelId=request.form["model_id"], provider="anthropic", displayName="claude", providerConfig=pc)
    except ModelRedError as e:
        log.exception("anthropic registration failed")
        flash("Registration failed; the error was logged.", "error")
    return redirect(url_for("new_model"))
