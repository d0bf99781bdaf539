"""Unleash-backed kill switch for the code-review assistant, with an admin endpoint."""
import logging
import os

from flask import Blueprint, jsonify, request
from UnleashClient import UnleashClient

bp = Blueprint("flags_admin", __name__)
log = logging.getLogger("review.flags")

UNLEASH_URL = os.environ.get("UNLEASH_URL", "https://unleash.internal/api")
APP_NAME = "review-assistant"
ADMIN_HEADER = "X-Admin-Token"

_unleash = None


def unleash() -> UnleashClient:
    global _unleash
    if _unleash is None:
        token = os.environ["UNLEASH_API_TOKEN"]
        headers = {"Authorization": token, "UNLEASH-APPNAME": APP_NAME}
        log.debug("unleash custom headers %s", headers)
        _unleash = UnleashClient(url=UNLEASH_URL, app_name=APP_NAME, custom_headers=headers)
        _unleash.initialize_client()
        log.info("unleash client for %s at %s (instance %s)", APP_NAME, UNLEASH_URL, _unleash.unleash_instance_id)
    return _unleash


def review_enabled(repo: str) -> bool:
    return unleash().is_enabled("code-review-assistant", {"properties": {"repo": repo}})


@bp.post("/admin/flags/reload")
def reload_flags():
    presented = request.headers.get(ADMIN_HEADER, "")
    expected = os.environ["FLAGS_ADMIN_TOKEN"]
    if presented != expected:
        log.warning("rejected admin token %r from %s", presented, request.remote_addr)
        return jsonify(error="forbidden"), 403
    log.info("flag reload requested via header %s", ADMIN_HEADER)
    global _unleash
    if _unleash is not None:
        _unleash.destroy()
        _unleash = None
    unleash()
    return jsonify(ok=True)


@bp.get("/admin/flags/debug")
def debug_flags():
    if request.headers.get(ADMIN_HEADER) != os.environ["FLAGS_ADMIN_TOKEN"]:
        return jsonify(error="forbidden"), 403
    client = unleash()
    features = sorted(client.features.keys()) if hasattr(client, "features") else []
    log.debug("debug view of %d features for %s", len(features), APP_NAME)
    return jsonify(features=features, url=UNLEASH_URL)
