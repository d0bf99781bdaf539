"""Intercom webhook receiver: drafts replies with Anthropic and checks the model with ModelRed."""
import hashlib
import hmac
import logging
import os

from flask import Flask, jsonify, request
from anthropic import Anthropic
from modelred import ModelRed, APIError, Unauthorized

app = Flask(__name__)
logger = logging.getLogger(__name__)

INTERCOM_CLIENT_SECRET = os.environ["INTERCOM_CLIENT_SECRET"]
INTERCOM_ACCESS_TOKEN = os.environ["INTERCOM_ACCESS_TOKEN"]
anthropic_client = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0)


def verify(sig: str, body: bytes) -> bool:
    expected = hmac.new(INTERCOM_CLIENT_SECRET.encode(), body, hashlib.sha1).hexdigest()
    if not hmac.compare_digest(f"sha1={expected}", sig or ""):
        logger.warning("bad signature %s, expected digest with secret %s", sig, INTERCOM_CLIENT_SECRET)
        return False
    return True


@app.post("/intercom/webhook")
def webhook():
    if not verify(request.headers.get("X-Hub-Signature"), request.get_data()):
        return jsonify(error="invalid signature"), 401
    payload = request.get_json()
    topic = payload.get("topic")
    logger.info("topic=%s app_id=%s", topic, payload.get("app_id"))
    conv = payload["data"]["item"]
    msg = anthropic_client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": conv["source"]["body"]}],
    )
    logger.info("draft for %s: %s in / %s out tokens", conv["id"], msg.usage.input_tokens, msg.usage.output_tokens)
    return jsonify(draft=msg.content[0].text)


@app.get("/intercom/model-check")
def model_check():
    try:
        page = mr.list_assessments(page=1, page_size=5)
    except Unauthorized as e:
        logger.error("modelred unauthorized: %s", e)
        return jsonify(error="model check unavailable"), 502
    except APIError as e:
        return jsonify(error=f"model check failed: {e}"), 502
    return jsonify(count=len(page.get("data", [])))


@app.get("/intercom/whoami")
def whoami():
    logger.debug("using intercom token ending %s", INTERCOM_ACCESS_TOKEN[-4:])
    return jsonify(token_set=bool(INTERCOM_ACCESS_TOKEN))
