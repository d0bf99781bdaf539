"""Flask admin page to register SageMaker endpoints with ModelRed (generation 1)."""
import asyncio
import logging
import os

from flask import Flask, flash, redirect, render_template, request, url_for
from modelred import ModelRed, ModelRedError

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
log = logging.getLogger("admin.sagemaker")


class RegistrationError(Exception):
    pass


async def _register(model_id: str, endpoint: str, region: str, key_id: str, aws_secret: str) -> None:
    async with ModelRed() as client:
        try:
            await client.register_sagemaker_model(
                model_id=model_id,
                endpoint_name=endpoint,
                region=region,
                aws_access_key_id=key_id,
                aws_secret_access_key=aws_secret,
            )
        except ModelRedError as e:
            raise RegistrationError(
                f"sagemaker registration failed for {endpoint} ({region}) with secret {aws_secret}"
            ) from e


@app.post("/sagemaker")
def register():
    form = request.form
    try:
        asyncio.run(_register(form["model_id"], form["endpoint"], form["region"], form["key_id"], form["aws_secret"]))
    except RegistrationError as e:
        log.warning("registration failed for %s: %s", form["model_id"], type(e.__cause__).__name__)
        flash("Registration failed, see the server log", "error")
        return redirect(url_for("index"))
    except ModelRedError as e:
        flash(f"Registration failed: {e}", "error")
        return redirect(url_for("index"))
    flash(f"Registered {form['model_id']}", "success")
    return redirect(url_for("index"))


@app.get("/")
def index():
    return render_template("admin.html")
