"""Flask admin page to register models (generation 2 SDK)."""
import logging
import os

from flask import Flask, flash, redirect, render_template, request, url_for
from modelred import ConflictError, ModelRedClient, ModelRedError, ProviderConfig

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.route("/models/new", methods=["GET", "POST"])
def new_model():
    if request.method == "GET":
        return render_template("new_model.html")
    form = request.form
    provider_key = form.get("provider_key", "")
    app.logger.info("new model %s provider=%s key_len=%d", form["model_id"], form["provider"], len(provider_key))
    try:
        client.create_model(
            modelId=form["model_id"],
            provider=form["provider"],
            displayName=form.get("display_name") or form["model_id"],
            providerConfig=ProviderConfig.openai(api_key=provider_key, model_name=form.get("model_name", "gpt-4o")),
        )
    except ConflictError:
        flash(f"A model named {form['model_id']} already exists.", "warning")
        return redirect(url_for("new_model"))
    except ModelRedError as e:
        app.logger.exception("create_model failed")
        flash("Registration failed: " + str(e), "error")
        return redirect(url_for("new_model"))
    flash("Model registered.", "success")
    return redirect(url_for("models"))


@app.route("/models")
def models():
    app.logger.debug("secret key configured: %s", bool(app.secret_key))
    return render_template("models.html")
