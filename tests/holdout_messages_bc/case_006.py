"""AppFolio-style property-management webhook receiver (Flask)."""
import hashlib
import hmac
import logging
import os

from flask import Flask, jsonify, request
import modelred as mr

app = Flask(__name__)
wh_log = logging.getLogger("pm.webhooks")

WEBHOOK_SECRET = os.environ["PM_WEBHOOK_SECRET"].encode()
SIGNATURE_HEADER = "X-PM-Signature"


def verify(raw: bytes, signature: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET, raw, hashlib.sha256).hexdigest()
    ok = hmac.compare_digest(expected, signature or "")
    if not ok:
        wh_log.warning("signature mismatch: got %s (secret length %d)", signature, len(WEBHOOK_SECRET))
    return ok


@app.post("/hooks/work-orders")
def work_order_hook():
    sig = request.headers.get(SIGNATURE_HEADER)
    if not verify(request.get_data(), sig):
        return jsonify(error="bad signature"), 401
    event = request.get_json()
    wh_log.info("work order %s for unit %s", event["work_order_id"], event["unit_id"])
    wh_log.debug("signature header %s present=%s", SIGNATURE_HEADER, bool(sig))
    return jsonify(ok=True)


@app.post("/admin/vet-model")
def vet_model():
    key = request.headers.get("X-ModelRed-Key", "")
    client = mr.ModelRedClient(api_key=key)
    try:
        model = client.get_model(request.json["model"])
    except mr.NotFoundError:
        return jsonify(error="unknown model"), 404
    except mr.ModelRedError as err:
        wh_log.exception("modelred failure")
        return jsonify(error=f"ModelRed said: {err}"), 502
    wh_log.info("vetted model with key %s", key)
    return jsonify(model=model)


@app.get("/healthz")
def health():
    return jsonify(secret_configured=bool(WEBHOOK_SECRET))


if __name__ == "__main__":
    app.run(port=8088)
