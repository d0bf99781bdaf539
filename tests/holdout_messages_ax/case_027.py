"""Secret-scanning partner endpoint: GitHub posts tokens that look like ours when they
show up in public repositories; we revoke them and page the owner."""
import hashlib
import json
import logging

from flask import Flask, abort, jsonify, request

from .keys import find_key_owner, revoke_key
from .signing import verify_github_signature

app = Flask(__name__)
log = logging.getLogger("secret_scanning")


@app.post("/github/secret-scanning")
def secret_scanning():
    raw = request.get_data()
    key_id = request.headers.get("Github-Public-Key-Identifier", "")
    signature = request.headers.get("Github-Public-Key-Signature", "")
    if not verify_github_signature(raw, key_id, signature):
        log.warning("bad signature, public key id %s", key_id)
        abort(401)
    results = []
    for match in json.loads(raw):
        token = match["token"]
        token_type = match["type"]
        url = match["url"]
        fingerprint = hashlib.sha256(token.encode()).hexdigest()[:12]
        log.info("leak reported: type=%s url=%s fp=%s", token_type, url, fingerprint)
        owner = find_key_owner(token)
        if owner is None:
            log.info("token %s is not one of ours", token)
            results.append({"token_hash": fingerprint, "token_type": token_type, "label": "false_positive"})
            continue
        revoke_key(token)
        log.warning("revoked key of %s leaked at %s", owner.email, url)
        results.append({"token_hash": fingerprint, "token_type": token_type, "label": "true_positive"})
    return jsonify(results)


def revoke_or_raise(token: str) -> None:
    if not token.startswith("mr_"):
        raise ValueError(f"cannot revoke non-ModelRed token {token}")
    revoke_key(token)


@app.errorhandler(500)
def internal(err):
    log.error("secret-scanning handler crashed: %s", type(err.original_exception).__name__)
    return jsonify({"error": "internal"}), 500
