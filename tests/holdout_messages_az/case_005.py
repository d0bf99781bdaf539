"""Trust & safety review queue: reviewers pull items and ask for an LLM second opinion."""
import logging
import os

import requests
from flask import Flask, abort, jsonify, request
from modelred import ModelRed, ModelRedError, AuthenticationError

app = Flask(__name__)
log = logging.getLogger("tns.queue")

OPENAI_KEY = os.environ["OPENAI_API_KEY"]
QUEUE_URL = os.environ.get("QUEUE_URL", "http://queue.internal:8080")
REVIEWER_HEADER = "X-Reviewer-Token"


def second_opinion(text: str) -> dict:
    headers = {"Authorization": f"Bearer {OPENAI_KEY}", "Content-Type": "application/json"}
    body = {"model": "gpt-4o-mini", "max_tokens": 64, "messages": [{"role": "user", "content": text}]}
    resp = requests.post("https://api.openai.com/v1/chat/completions", json=body, headers=headers, timeout=20)
    if resp.status_code != 200:
        log.error("second opinion failed %s: %s (headers %s)", resp.status_code, resp.text, headers)
        raise RuntimeError(f"openai returned {resp.status_code}: {resp.text[:200]}")
    log.debug("second opinion used %s tokens", resp.json()["usage"]["total_tokens"])
    return resp.json()


@app.post("/items/<item_id>/opinion")
def opinion(item_id: str):
    token = request.headers.get(REVIEWER_HEADER, "")
    if not token:
        log.warning("no %s header on %s", REVIEWER_HEADER, item_id)
        abort(401)
    item = requests.get(f"{QUEUE_URL}/items/{item_id}", headers={REVIEWER_HEADER: token}, timeout=5)
    if item.status_code == 403:
        log.warning("reviewer token %s refused for item %s", token, item_id)
        abort(403)
    return jsonify(second_opinion(item.json()["text"]))


@app.post("/items/<item_id>/redteam")
def redteam(item_id: str):
    try:
        with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            run = mr.create_assessment(model="tns-second-opinion", test_types=["bias"])
    except AuthenticationError as e:
        log.error("modelred auth: %s", e)
        return jsonify(error="ModelRed credentials rejected"), 502
    except ModelRedError as e:
        return jsonify(error=str(e)), 502
    return jsonify(id=run.id, item=item_id)
