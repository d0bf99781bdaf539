"""Bottle micro-service: run assessments through ModelRed (generation 2, module import)."""
import logging
import os

import bottle
import modelred as mr

log = logging.getLogger("bottle.redteam")
app = bottle.Bottle()
_client = mr.AsyncModelRed(api_key=os.environ.get("MODELRED_API_KEY"))
sync_client = mr.ModelRedClient(api_key=os.environ.get("MODELRED_API_KEY"))


@app.post("/assess")
def assess():
    body = bottle.request.json or {}
    model = body.get("model")
    if not model:
        bottle.abort(400, "model is required")
    try:
        job = sync_client.create_assessment(model=model, test_types=body.get("tests", ["jailbreak"]),
                                            priority=body.get("priority", "normal"))
    except mr.ValidationError as e:
        bottle.abort(422, str(e))
    except mr.ModelRedError as e:
        log.exception("create_assessment failed for %s", model)
        bottle.abort(502, "assessment service unavailable")
    return {"id": job["id"]}


@app.get("/assess/<assessment_id>")
def get(assessment_id):
    try:
        return sync_client.get_assessment(assessment_id)
    except mr.ModelRedError as e:
        bottle.response.status = 502
        return {"error": "upstream error", "detail": "%s" % e}


@app.get("/health")
def health():
    key = os.environ.get("MODELRED_API_KEY", "")
    return {"key_configured": bool(key), "key_prefix_ok": key.startswith("mr_"),
            "max_tokens_default": 1024}


@app.hook("before_request")
def log_request():
    auth = bottle.request.get_header("X-Internal-Token")
    log.debug("%s %s token present=%s", bottle.request.method, bottle.request.path, auth is not None)
    if auth and auth != os.environ.get("INTERNAL_TOKEN"):
        log.warning("bad internal token %s from %s", auth, bottle.request.remote_addr)


if __name__ == "__main__":
    bottle.run(app, host="0.0.0.0", port=8080)
