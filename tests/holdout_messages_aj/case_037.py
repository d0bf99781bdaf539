"""Studio dashboard (Flask): producers trigger and view red-team scans of game models."""
import logging
import os

from flask import Flask, flash, redirect, render_template, request, url_for
from modelred import ModelRed, APIError, Unauthorized, ValidationFailed, NotAllowedForApiKey

app = Flask(__name__)
app.secret_key = os.environ["DASHBOARD_SESSION_KEY"]
log = logging.getLogger("studio.dashboard")

MR_KEY_ENV = "MODELRED_API_KEY"
PACKS = ["npc-roleplay", "child-safety", "prompt-leak"]


def client() -> ModelRed:
    return ModelRed(os.environ[MR_KEY_ENV], timeout=15.0, max_retries=2)


@app.get("/")
def index():
    with client() as mr:
        try:
            scans = mr.list_assessments(page_size=25)["data"]
        except APIError as e:
            log.error("list failed: %s", e)
            scans = []
    return render_template("index.html", scans=scans, packs=PACKS)


@app.post("/scan")
def scan():
    model_id = request.form["model_id"]
    packs = request.form.getlist("packs") or PACKS
    with client() as mr:
        try:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except ValidationFailed as e:
            flash(f"Scan rejected: {e}", "error")
            return redirect(url_for("index"))
        except (Unauthorized, NotAllowedForApiKey):
            flash("The dashboard's ModelRed key lacks access; ask tools team.", "error")
            return redirect(url_for("index"))
        except APIError as e:
            log.exception("scan failed for %s", model_id)
            flash(f"Scan failed ({getattr(e, 'status_code', '?')})", "error")
            return redirect(url_for("index"))
    flash(f"Scan {job['id']} started for {model_id}", "info")
    return redirect(url_for("index"))


@app.before_request
def trace():
    if request.path.startswith("/scan"):
        log.debug("scan request from %s", request.remote_addr)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    log.info("dashboard up, key env %s, key=%s", MR_KEY_ENV, os.environ.get(MR_KEY_ENV))
    app.run(port=5050)
