"""Podcast network admin panel (Flask): ModelRed gen 3 assessments per show's AI host."""
import logging
import os

from flask import Flask, flash, jsonify, redirect, request
from modelred import ModelRed, APIError, Conflict, NotFound, Unauthorized

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
log = logging.getLogger("network.admin")


def mr_client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=10.0)


@app.post("/shows/<show>/assess")
def assess(show):
    packs = request.form.getlist("packs") or ["jailbreak-basic"]
    try:
        with mr_client() as mr:
            a = mr.create_assessment(model_id=f"host-{show}", probe_pack_ids=packs)
        flash(f"queued {a['id']}")
    except Conflict:
        flash("an assessment is already running for this show")
    except NotFound as e:
        log.info("no model for %s: %s", show, e)
        flash("register the AI host first")
    except APIError as e:
        flash(f"ModelRed: {e}")
    return redirect(f"/shows/{show}")


@app.get("/shows/<show>/assessments")
def history(show):
    try:
        with mr_client() as mr:
            items = mr.list_assessments(model_id=f"host-{show}", limit=20)
    except Unauthorized as e:
        return jsonify({"error": "modelred auth failed", "status": e.status_code}), 502
    return jsonify(items)


@app.get("/debug/secret")
def debug_secret():
    log.debug("flask secret key = %s", app.secret_key)
    log.debug("MODELRED_API_KEY env var present: %s", "MODELRED_API_KEY" in os.environ)
    return "", 204


if __name__ == "__main__":
    app.run(debug=False, port=5050)
