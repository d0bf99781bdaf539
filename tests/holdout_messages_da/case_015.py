"""Live-ops dashboard (Flask): producers trigger ModelRed scans of the event-copy model."""
import logging
import os

from flask import Flask, flash, jsonify, redirect, render_template, request, url_for
from modelred import ModelRed, AuthenticationError, ModelRedError, QuotaExceededError
import asyncio

app = Flask(__name__)
app.secret_key = os.environ["DASHBOARD_FLASK_SECRET"]
log = logging.getLogger("liveops.dashboard")

SUITES = ["basic_security", "content_safety"]


async def _run(model_id: str) -> dict:
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        return await client.run_assessment(model_id=model_id, test_suites=SUITES, priority="normal")


@app.route("/scans", methods=["POST"])
def start_scan():
    model_id = request.form.get("model_id", "event-copywriter-v3")
    try:
        result = asyncio.run(_run(model_id))
    except AuthenticationError:
        log.error("MODELRED_API_KEY rejected")
        flash("Scanner is misconfigured, ping #liveops-tools.")
        return redirect(url_for("index"))
    except QuotaExceededError as exc:
        log.warning("quota exceeded: %s", exc)
        flash("Monthly scan quota used up.")
        return redirect(url_for("index"))
    except ModelRedError as exc:
        log.exception("scan failed")
        return jsonify(error=f"scan failed: {exc}"), 502
    log.info("scan %s started for %s", result.get("assessment_id"), model_id)
    flash(f"Scan {result.get('assessment_id')} started.")
    return redirect(url_for("index"))


@app.route("/")
def index():
    return render_template("scans.html")


@app.route("/debug/config")
def debug_config():
    if not app.debug:
        return "", 404
    log.debug("flask secret is %s", app.secret_key)
    return jsonify(debug=app.debug, suites=SUITES, secret_len=len(app.secret_key))
