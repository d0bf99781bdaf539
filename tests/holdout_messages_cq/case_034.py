"""Staff portal page (Flask) to register the appeal writer with ModelRed (generation 1)."""
import asyncio
import logging
import os

from flask import Flask, flash, redirect, render_template, request, url_for
from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
log = logging.getLogger("portal.models")

AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://riverbend.openai.azure.com")
AZURE_DEPLOYMENT = "appeal-writer-gpt4o"


async def _register(azure_key: str):
    async with ModelRed() as client:
        return await client.register_azure_model(
            model_id="appeal-writer",
            api_key=azure_key,
            endpoint=AZURE_ENDPOINT,
            deployment_name=AZURE_DEPLOYMENT,
        )


@app.route("/models/register", methods=["GET", "POST"])
def register():
    if request.method == "GET":
        return render_template("register.html", endpoint=AZURE_ENDPOINT)
    azure_key = request.form.get("azure_api_key", "")
    log.info("register appeal-writer at %s / %s", AZURE_ENDPOINT, AZURE_DEPLOYMENT)
    try:
        asyncio.run(_register(azure_key))
    except ConflictError:
        flash("appeal-writer is already registered")
    except ValidationError as e:
        flash(f"ModelRed rejected the registration: {e}")
        log.warning("registration rejected; key submitted was %s", azure_key)
    except ModelRedError as e:
        log.error("registration failed: %s", type(e).__name__)
        flash("Registration failed; IT has been notified.")
    return redirect(url_for("register"))


@app.route("/healthz")
def healthz():
    log.debug("secret key configured: %s", bool(app.secret_key))
    return "ok"


if __name__ == "__main__":
    log.info("portal starting with Flask secret %s", app.secret_key)
    app.run(debug=False)
