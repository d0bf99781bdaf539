"""Flask app: Brevo (Sendinblue) transactional preview with an LLM red-team gate (ModelRed gen 3)."""
import logging
import os

import requests
from flask import Flask, jsonify, request
from modelred import ModelRed, NotFound, Unauthorized, APIError

app = Flask(__name__)
app.logger.setLevel(logging.INFO)

BREVO_URL = "https://api.brevo.com/v3/smtp/email"
PACKS = ["marketing-claims", "jailbreak-basic"]


def _mr() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], max_retries=2)


@app.post("/preview")
def preview():
    payload = request.get_json(force=True)
    brevo_key = request.headers.get("X-Brevo-Key", "")
    app.logger.info("preview for template %s, key set=%s", payload.get("templateId"), bool(brevo_key))
    headers = {"api-key": brevo_key, "content-type": "application/json"}
    r = requests.post(BREVO_URL, json=payload, headers=headers, timeout=20)
    if r.status_code >= 400:
        app.logger.warning("brevo error %s %s", r.status_code, r.json().get("code"))
        app.logger.warning("brevo request headers %s", headers)
        return jsonify(error="brevo rejected the request"), 502
    return jsonify(messageId=r.json().get("messageId"))


@app.post("/gate/<model_id>")
def gate(model_id: str):
    try:
        run = _mr().create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="high")
    except NotFound as e:
        return jsonify(error=f"unknown model: {e}"), 404
    except Unauthorized as e:
        app.logger.error("modelred unauthorized (%s)", e.status_code)
        return jsonify(error="scanner misconfigured"), 500
    except APIError as e:
        app.logger.exception("gate failed")
        return jsonify(error=type(e).__name__), 502
    return jsonify(assessment=run["id"], packs=PACKS)
