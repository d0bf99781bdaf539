"""Zapier webhook trigger subscribe/unsubscribe (REST hooks) for ModelRed scan results (generation 3)."""
import logging
import os
import uuid

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, NotAllowedForApiKey

app = Flask(__name__)
log = logging.getLogger("zapier.resthooks")
HOOKS: dict[str, dict] = {}


def _client() -> ModelRed:
    key = request.headers.get("X-API-Key") or os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        raise PermissionError("expected a ModelRed key (mr_...) in X-API-Key, got " + key)
    return ModelRed(key, timeout=10.0)


@app.post("/hooks/subscribe")
def subscribe():
    body = request.get_json(force=True)
    hook_id = str(uuid.uuid4())
    HOOKS[hook_id] = {"target_url": body["hookUrl"], "event": body.get("event", "assessment.completed")}
    log.info("subscribed %s -> %s", hook_id, body["hookUrl"])
    return jsonify(id=hook_id), 201


@app.delete("/hooks/<hook_id>")
def unsubscribe(hook_id):
    HOOKS.pop(hook_id, None)
    return "", 204


@app.get("/hooks/sample")
def sample():
    try:
        with _client() as client:
            items = client.list_assessments(limit=1).get("data", [])
    except NotAllowedForApiKey as e:
        log.warning("key not allowed: status=%s", getattr(e, "status_code", None))
        return jsonify(error="This ModelRed key cannot list assessments"), 403
    except ModelRedError as e:
        log.error("sample failed: %r", e)
        return jsonify(error=f"{type(e).__name__}"), 502
    except PermissionError as e:
        return jsonify(error="invalid key"), 401
    return jsonify(items)


@app.after_request
def audit(resp):
    log.info("%s %s -> %s api_key_header=%s", request.method, request.path, resp.status_code, request.headers.get("X-API-Key"))
    return resp


if __name__ == "__main__":
    app.run(port=8081)
