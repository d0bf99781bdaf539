"""Flask admin endpoint that rotates the search API keys stored in Vault."""
import logging
import secrets

import hvac
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
audit = logging.getLogger("audit.keys")
vault = hvac.Client(url="https://vault.internal:8200")

KEY_PATH = "search/elastic"
ROTATION_FIELD = "api_key"


def read_current() -> dict:
    return vault.secrets.kv.v2.read_secret_version(path=KEY_PATH)["data"]["data"]


@app.post("/admin/search-keys/rotate")
def rotate():
    if request.headers.get("X-Admin-Token") is None:
        abort(401)
    current = read_current()
    new_key = secrets.token_urlsafe(32)
    audit.info("rotating %s field %s", KEY_PATH, ROTATION_FIELD)
    vault.secrets.kv.v2.create_or_update_secret(path=KEY_PATH, secret={**current, ROTATION_FIELD: new_key})
    audit.info("rotated; old=%s new=%s", current.get(ROTATION_FIELD), new_key)
    return jsonify({"rotated": True, "fingerprint": new_key[:4]})


@app.get("/admin/search-keys")
def show():
    current = read_current()
    audit.info("key fields present: %s", sorted(current))
    return jsonify({"fields": sorted(current), "cluster": current.get("cluster_id")})


@app.post("/admin/search-keys/check")
def check():
    presented = request.json.get("api_key", "")
    current = read_current()
    if presented != current.get(ROTATION_FIELD):
        raise PermissionError(f"presented key {presented} does not match vault")
    return jsonify({"match": True})


if __name__ == "__main__":
    app.run(port=8081)
