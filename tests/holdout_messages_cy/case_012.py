"""Juro CLM webhook receiver: re-scores signed contracts and re-runs the red-team check."""
import hashlib
import hmac
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, APIError, LimitExceeded

app = Flask(__name__)
log = logging.getLogger("juro.webhook")

WEBHOOK_SECRET = os.environ["JURO_WEBHOOK_SECRET"]
SIGNATURE_HEADER = "x-signature"
MR_KEY = os.environ["MODELRED_API_KEY"]


@app.post("/hooks/juro")
def juro_hook():
    raw = request.get_data()
    sent = request.headers.get(SIGNATURE_HEADER, "")
    expected = hmac.new(WEBHOOK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        log.warning("signature mismatch: got %s, secret %s", sent, WEBHOOK_SECRET)
        return jsonify(error="bad signature"), 401
    log.debug("signature header %s verified (%d bytes)", SIGNATURE_HEADER, len(raw))
    event = request.get_json()
    log.info("Juro event %s for template %s", event.get("event"), event.get("template", {}).get("id"))
    return jsonify(ok=True)


@app.post("/contracts/<contract_id>/recheck")
def recheck(contract_id: str):
    packs = request.json.get("packs", ["contract-extraction-basic"])
    log.info("recheck %s with packs %s (key ...%s)", contract_id, packs, MR_KEY[-4:])
    try:
        with ModelRed(MR_KEY, timeout=15.0) as mr:
            a = mr.create_assessment_by_id(model_id="juro-clause-scorer", probe_pack_ids=packs)
    except LimitExceeded as e:
        log.warning("ModelRed limit reached for %s: %s", contract_id, e)
        return jsonify(error="assessment quota reached, try tomorrow"), 429
    except APIError as e:
        return jsonify(error=str(e), contract=contract_id), 502
    return jsonify(assessment=a["id"], packs=packs)


@app.get("/hooks/juro/config")
def hook_config():
    return jsonify(header=SIGNATURE_HEADER, secret_set=bool(WEBHOOK_SECRET))


if __name__ == "__main__":
    app.run(port=8088)
