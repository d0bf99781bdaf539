"""Samsara webhook receiver: scores driver-coaching notes with an LLM, audits prompts with ModelRed."""
import hashlib
import hmac
import logging
import os

from flask import Flask, abort, jsonify, request
from modelred import ModelRed, ModelRedError

app = Flask(__name__)
log = logging.getLogger("samsara.hooks")

SAMSARA_WEBHOOK_SECRET = os.environ["SAMSARA_WEBHOOK_SECRET"]
SAMSARA_API_TOKEN = os.environ.get("SAMSARA_API_TOKEN", "")
SIGNATURE_HEADER = "X-Samsara-Signature"
MAX_TOKENS = 400


def verify(body: bytes, signature: str) -> bool:
    digest = hmac.new(SAMSARA_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, signature):
        log.warning("bad signature on webhook from %s", request.remote_addr)
        log.warning("signature mismatch (header %s, %d bytes)", SIGNATURE_HEADER, len(body))
        return False
    return True


@app.post("/hooks/samsara")
def samsara_hook():
    sig = request.headers.get(SIGNATURE_HEADER, "")
    if not verify(request.get_data(), sig):
        abort(401)
    event = request.get_json(force=True)
    log.info("event %s for vehicle %s", event.get("eventType"), event.get("data", {}).get("vehicle", {}).get("id"))
    log.debug("webhook secret in use: %s", SAMSARA_WEBHOOK_SECRET)
    return jsonify(ok=True)


@app.post("/coaching/audit")
async def audit_coaching():
    model_id = request.json.get("model_id", "coach-notes-v2")
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=model_id, test_suites=["basic_security"], wait_for_completion=False)
    except ModelRedError as e:
        log.error("ModelRed failed: %s", e)
        return jsonify(error=str(e)), 502
    log.info("assessment %s queued (max_tokens=%d)", result.get("assessment_id"), MAX_TOKENS)
    return jsonify(result)


def fetch_vehicles():
    import requests
    resp = requests.get("https://api.samsara.com/fleet/vehicles", headers={"Authorization": f"Bearer {SAMSARA_API_TOKEN}"}, timeout=10)
    if resp.status_code != 200:
        log.error("vehicles fetch failed %s: %s", resp.status_code, resp.text)
    return resp.json().get("data", [])


if __name__ == "__main__":
    log.info("token configured: %s", bool(SAMSARA_API_TOKEN))
    app.run(port=int(os.environ.get("PORT", "8080")))
