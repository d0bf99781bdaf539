"""Label Studio ML backend: pre-annotates red-team transcripts and can start a ModelRed scan."""
import logging
import os

from flask import Flask, jsonify, request
from label_studio_sdk import Client
from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError

app = Flask(__name__)
log = logging.getLogger("ls_backend")

LS_URL = os.getenv("LABEL_STUDIO_URL", "http://localhost:8080")
LS_TOKEN = os.getenv("LABEL_STUDIO_API_KEY")
MR_KEY = os.getenv("MODELRED_API_KEY")
LABELS = ["refusal", "partial", "harmful", "off-topic"]

ls = Client(url=LS_URL, api_key=LS_TOKEN)
mr = ModelRed(api_key=MR_KEY)
log.info("backend up, Label Studio at %s, token configured=%s", LS_URL, bool(LS_TOKEN))


@app.post("/setup")
def setup():
    payload = request.get_json(force=True)
    log.info("setup for project %s schema=%s", payload.get("project"), payload.get("schema", "")[:80])
    return jsonify({"model_version": "rt-labeler-0.3"})


@app.post("/predict")
def predict():
    tasks = request.get_json(force=True)["tasks"]
    results = []
    for t in tasks:
        text = t["data"].get("transcript", "")
        label = "refusal" if "I can't" in text else "partial"
        results.append({"result": [{"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": [label]}}], "score": 0.5})
    log.debug("predicted %d tasks", len(results))
    return jsonify({"results": results})


@app.post("/scan")
def scan():
    body = request.get_json(force=True)
    model = body.get("model", "")
    try:
        a = mr.create_assessment(model=model, test_types=["prompt_injection", "jailbreak"], priority="low")
    except RateLimitError as e:
        log.warning("scan throttled for %s: %s", model, e)
        return jsonify({"error": "busy, try later"}), 429
    except NotFoundError:
        return jsonify({"error": f"unknown model {model}"}), 404
    except ModelRedError as e:
        return jsonify({"error": str(e)}), 502
    return jsonify({"assessment": a["id"]})


@app.get("/health")
def health():
    auth = request.headers.get("Authorization", "")
    if auth != f"Token {LS_TOKEN}":
        log.warning("health probe with bad auth header %s", auth)
        return jsonify({"ok": False}), 401
    return jsonify({"ok": True, "labels": LABELS})
