"""Receives Nextflow `-with-weblog` events and asks a model to explain failed tasks."""
import hmac
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, NotFoundError, RateLimitError

app = Flask(__name__)
logger = logging.getLogger("weblog")

WEBLOG_TOKEN = os.environ["WEBLOG_TOKEN"]
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
EXPLAINER = "nf-failure-explainer"


def _authorised(req) -> bool:
    presented = req.args.get("token", "")
    if not hmac.compare_digest(presented, WEBLOG_TOKEN):
        logger.warning("weblog event rejected, token=%r from %s", presented, req.remote_addr)
        return False
    return True


@app.post("/weblog")
def weblog():
    if not _authorised(request):
        return jsonify({"error": "forbidden"}), 403
    event = request.get_json(force=True)
    run = event.get("runName")
    kind = event.get("event")
    logger.info("run %s event %s", run, kind)
    if kind == "process_completed" and event.get("trace", {}).get("status") == "FAILED":
        trace = event["trace"]
        logger.info("failed task %s exit=%s", trace.get("name"), trace.get("exit"))
    return jsonify({"ok": True})


@app.post("/explainer/assess")
def assess_explainer():
    try:
        job = mr.create_assessment(model=EXPLAINER, test_types=["prompt_injection", "data_leakage"])
        return jsonify({"assessment": job["id"]})
    except RateLimitError as e:
        logger.warning("rate limited: %s", e)
        return jsonify({"error": "try again later"}), 429
    except NotFoundError as e:
        return jsonify({"error": str(e)}), 404


@app.get("/config")
def config():
    return jsonify(
        {
            "explainer": EXPLAINER,
            "token_param": "token",
            "token_len": len(WEBLOG_TOKEN),
        }
    )
