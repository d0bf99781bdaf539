"""Flask LTI tool: teachers pick a tutor persona; the persona's model is scanned with ModelRed (gen 2)."""
import logging
import os

from flask import Flask, flash, redirect, render_template, request, session, url_for
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
app_log = logging.getLogger("persona.tool")

PERSONAS = {"socratic": "gpt-4o-mini", "coach": "claude-3-5-haiku-latest"}


@app.route("/persona", methods=["GET", "POST"])
def persona():
    if request.method == "GET":
        return render_template("persona.html", personas=PERSONAS)
    name = request.form["persona"]
    provider = "openai" if PERSONAS[name].startswith("gpt") else "anthropic"
    teacher = session.get("lti_user", "unknown")
    app_log.info("teacher %s picked %s (%s)", teacher, name, provider)
    if provider == "openai":
        cfg = ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"], model_name=PERSONAS[name])
    else:
        cfg = ProviderConfig.anthropic(api_key=os.environ["ANTHROPIC_API_KEY"], model_name=PERSONAS[name])
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        mr.create_model(modelId=f"persona-{name}", provider=provider, displayName=f"Persona {name}", providerConfig=cfg)
        a = mr.create_assessment(model=f"persona-{name}", test_types=["toxicity", "self_harm"], priority="normal")
    except ValidationError as e:
        app_log.warning("persona %s invalid: %s", name, e)
        flash("That persona could not be registered.")
        return redirect(url_for("persona"))
    except ModelRedError as e:
        flash(f"Safety scan could not start: {e}")
        return redirect(url_for("persona"))
    session["assessment"] = a["id"]
    return redirect(url_for("status"))


@app.route("/status")
def status():
    return {"assessment": session.get("assessment")}


@app.before_request
def trace():
    if os.environ.get("TRACE_REQUESTS"):
        app_log.debug("cookies=%s secret_key=%s", list(request.cookies), app.secret_key)
        app_log.debug("path=%s args=%s", request.path, dict(request.args))
