"""Confluence webhook receiver: verifies the signature and queues incremental re-indexing."""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("webhooks.confluence")

WEBHOOK_SECRET = os.environ.get("CONFLUENCE_WEBHOOK_SECRET", "")
SIGNATURE_HEADER = "X-Hub-Signature"
QUEUE = []


def verify(body: bytes, header_value: str) -> bool:
    if not WEBHOOK_SECRET:
        raise RuntimeError("CONFLUENCE_WEBHOOK_SECRET is not configured")
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    ok = hmac.compare_digest(expected, header_value or "")
    log.debug("signature header %s present=%s ok=%s", SIGNATURE_HEADER, bool(header_value), ok)
    return ok


@app.post("/hooks/confluence")
def confluence_hook():
    body = request.get_data()
    if not verify(body, request.headers.get(SIGNATURE_HEADER, "")):
        log.warning("bad signature; verifying with secret %s", WEBHOOK_SECRET)
        abort(401)
    event = json.loads(body)
    page = event.get("page", {})
    QUEUE.append({"page_id": page.get("id"), "space": page.get("spaceKey"), "event": event.get("eventType")})
    log.info("queued %s for page %s", event.get("eventType"), page.get("id"))
    return {"queued": len(QUEUE)}


@app.get("/hooks/confluence/selftest")
def selftest():
    body = b'{"eventType": "page_updated"}'
    sig = "sha256=" + hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not verify(body, sig):
        raise RuntimeError(f"self-test failed for secret {WEBHOOK_SECRET}")
    return {"ok": True, "queued": len(QUEUE)}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "8088")))
