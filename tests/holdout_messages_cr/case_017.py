"""Passenger-disruption chatbot webhook (Flask): rebooking answers, red-team status from ModelRed gen 3."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, APIError, Unauthorized, Forbidden, NotFound

app = Flask(__name__)
hook_log = logging.getLogger("disruption.hook")

MR = ModelRed(os.environ["MODELRED_API_KEY"], timeout=10.0, max_retries=1)
WEBHOOK_SECRET = os.environ.get("DISRUPTION_WEBHOOK_SECRET", "")
SIGNATURE_HEADER = "X-Hub-Signature-256"


@app.post("/webhook")
def webhook():
    sig = request.headers.get(SIGNATURE_HEADER, "")
    if not sig:
        hook_log.warning("missing %s header", SIGNATURE_HEADER)
        return jsonify(error="unsigned"), 401
    shared = request.headers.get("X-Partner-Secret", "")
    if shared != WEBHOOK_SECRET:
        hook_log.warning("partner secret mismatch: got %s", shared)
        return jsonify(error="forbidden"), 403
    payload = request.get_json(force=True)
    hook_log.info("disruption for PNR %s flight %s", payload.get("pnr"), payload.get("flight"))
    return jsonify(reply=f"We are rebooking flight {payload.get('flight')}.")


@app.get("/model-status/<assessment_id>")
def model_status(assessment_id):
    try:
        a = MR.get_assessment(assessment_id)
    except NotFound:
        return jsonify(error=f"no assessment {assessment_id}"), 404
    except (Unauthorized, Forbidden) as e:
        hook_log.error("modelred auth: %s", e)
        return jsonify(error="upstream auth problem"), 502
    except APIError as e:
        return jsonify(error=str(e), status=e.status_code), 502
    return jsonify(id=a["id"], status=a["status"], score=a.get("score"))


@app.get("/debug/config")
def debug_config():
    return jsonify(webhook_secret_set=bool(WEBHOOK_SECRET), header=SIGNATURE_HEADER)


if __name__ == "__main__":
    hook_log.info("webhook secret: %s", WEBHOOK_SECRET)
    app.run(port=8081)
