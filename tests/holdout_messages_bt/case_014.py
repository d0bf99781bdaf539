"""Zapier CLI-style auth test endpoint and polling trigger for new ModelRed assessments (gen 3)."""
from __future__ import annotations

import logging
from typing import Any

from flask import Flask, jsonify, request
from modelred import ModelRed, Unauthorized, Forbidden, APIError

app = Flask(__name__)
log = logging.getLogger("zapier.trigger")

AUTH_FIELD = "api_key"
POLL_LIMIT = 25


def _key_from_bundle(bundle: dict[str, Any]) -> str:
    auth = bundle.get("authData", {})
    key = auth.get(AUTH_FIELD, "")
    if not key:
        raise ValueError(f"authData.{AUTH_FIELD} is missing (got {key!r})")
    return key


@app.post("/zapier/auth-test")
def auth_test():
    bundle = request.get_json(force=True)
    key = _key_from_bundle(bundle)
    try:
        with ModelRed(key) as client:
            models = client.list_models(limit=1)
    except Unauthorized:
        log.warning("auth test failed for key %s", key)
        return jsonify(error="Invalid ModelRed API key"), 401
    except Forbidden as e:
        log.warning("forbidden: %s", e)
        return jsonify(error="Key lacks permission"), 403
    log.info("auth test ok, %d model(s) visible", len(models.get("data", [])))
    return jsonify(label=f"ModelRed ({key[-4:]})")


@app.post("/zapier/triggers/new-assessment")
def new_assessment():
    bundle = request.get_json(force=True)
    key = _key_from_bundle(bundle)
    since = bundle.get("meta", {}).get("since")
    with ModelRed(key) as client:
        try:
            page = client.list_assessments(limit=POLL_LIMIT)
        except APIError as e:
            return jsonify(error=f"ModelRed API error: {e}"), 502
    items = [a for a in page.get("data", []) if not since or a["createdAt"] > since]
    log.info("poll returned %d new assessments (limit %d)", len(items), POLL_LIMIT)
    return jsonify(items)


@app.errorhandler(ValueError)
def bad_bundle(err):
    return jsonify(error=str(err)), 400
