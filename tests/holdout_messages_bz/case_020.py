"""Key-rotation status page (Flask) showing ModelRed key health."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, Unauthorized, NotAllowedForApiKey

app = Flask(__name__)
page_log = logging.getLogger("rotation.status")


def current_key() -> str:
    with open(os.environ.get("MODELRED_KEY_FILE", "/run/secrets/modelred_api_key")) as fh:
        return fh.read().strip()


@app.get("/status")
def status():
    key = current_key()
    page_log.info("status check with key from %s", os.environ.get("MODELRED_KEY_FILE"))
    try:
        with ModelRed(key, timeout=5.0) as client:
            page = client.list_assessments(page=1, page_size=5)
    except Unauthorized:
        page_log.error("key in secret file is invalid: %s", key)
        return jsonify(healthy=False, reason="unauthorized"), 503
    except NotAllowedForApiKey as exc:
        return jsonify(healthy=False, reason=f"{exc}"), 403
    except ModelRedError as exc:
        page_log.exception("ModelRed check failed")
        return jsonify(healthy=False, reason="upstream error", status=getattr(exc, "status_code", None)), 502
    return jsonify(healthy=True, key_suffix=key[-4:], recent=len(page.get("data", [])))


@app.post("/rotate")
def rotate():
    body = request.get_json(force=True)
    new_key = body.get("new_key", "")
    if not new_key.startswith("mr_"):
        page_log.warning("rejected rotation request with %s", new_key)
        return jsonify(ok=False), 400
    with open(os.environ.get("MODELRED_KEY_FILE", "/run/secrets/modelred_api_key"), "w") as fh:
        fh.write(new_key)
    return jsonify(ok=True, length=len(new_key))
