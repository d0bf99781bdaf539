"""Sanity Studio-side helper service: signs preview URLs for the AI-rewrite preview pane."""
import hashlib
import hmac
import logging
import os
import time
from urllib.parse import urlencode

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
plog = logging.getLogger("preview")

PREVIEW_SECRET = os.environ["SANITY_PREVIEW_SECRET"]
PREVIEW_SECRET_VAR = "SANITY_PREVIEW_SECRET"
PREVIEW_TTL = 600


def sign(doc_id: str, expires: int) -> str:
    msg = f"{doc_id}:{expires}".encode()
    return hmac.new(PREVIEW_SECRET.encode(), msg, hashlib.sha256).hexdigest()


@app.get("/preview-url/<doc_id>")
def preview_url(doc_id):
    expires = int(time.time()) + PREVIEW_TTL
    sig = sign(doc_id, expires)
    plog.info("preview for %s expires %d", doc_id, expires)
    return jsonify({"url": "/preview?" + urlencode({"doc": doc_id, "exp": expires, "sig": sig})})


@app.get("/preview")
def preview():
    doc_id = request.args.get("doc", "")
    exp = int(request.args.get("exp", "0"))
    sig = request.args.get("sig", "")
    if exp < time.time():
        abort(410)
    if not hmac.compare_digest(sig, sign(doc_id, exp)):
        plog.warning("bad preview signature for %s, secret is %s", doc_id, PREVIEW_SECRET)
        abort(403)
    return jsonify({"doc": doc_id, "mode": "preview"})


@app.before_request
def check_studio_token():
    if request.path.startswith("/preview-url"):
        studio_token = request.headers.get("X-Studio-Token", "")
        if studio_token != os.environ.get("STUDIO_SHARED_TOKEN"):
            raise PermissionError(f"invalid studio token {studio_token}")


if __name__ == "__main__":
    plog.info("secret from %s, %d chars, sha256 %s", PREVIEW_SECRET_VAR, len(PREVIEW_SECRET),
              hashlib.sha256(PREVIEW_SECRET.encode()).hexdigest()[:8])
    app.run(port=3333)
