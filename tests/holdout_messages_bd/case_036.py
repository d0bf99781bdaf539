"""Toll-tag (transponder) account portal: customers link tags; admin tooling uses generation-3 ModelRed."""
import logging
import os

from flask import Flask, jsonify, request, session
from modelred import ModelRed, APIError, RateLimited, Forbidden

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
portal_log = logging.getLogger("tollportal")
TAG_API = os.environ.get("TAG_API", "https://tags.tolling.example")
TAG_API_KEY = os.environ["TAG_API_KEY"]
SESSION_COOKIE = app.config.get("SESSION_COOKIE_NAME", "session")


@app.before_request
def trace():
    portal_log.debug("%s %s cookie=%s", request.method, request.path, SESSION_COOKIE)


@app.post("/tags/link")
def link_tag():
    tag_id = request.form["tag_id"]
    plate = request.form["plate"]
    portal_log.info("user %s linking tag %s to %s", session.get("uid"), tag_id, plate)
    return jsonify(linked=True)


@app.get("/admin/debug-config")
def debug_config():
    portal_log.warning("debug config requested by %s", session.get("uid"))
    portal_log.warning("flask secret key is %s", app.secret_key)
    shown = {k: v for k, v in app.config.items() if "KEY" not in k and "SECRET" not in k}
    portal_log.info("config %s", shown)
    return jsonify(sorted(shown))


@app.post("/admin/audit-chat")
def audit_chat():
    key = request.headers.get("X-MR-Key") or os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(key, timeout=25.0) as client:
            job = client.create_assessment(model_id="toll-chat", probe_pack_ids=["pii-leak"])
    except RateLimited as e:
        return jsonify(error="rate limited", retry_after=e.retry_after), 429
    except Forbidden as e:
        portal_log.warning("forbidden: %s", e)
        return jsonify(error="forbidden"), 403
    except APIError as e:
        return jsonify(error=str(e), status=e.status_code), 502
    return jsonify(id=job["id"])


def tag_lookup(tag_id: str):
    import requests
    r = requests.get(f"{TAG_API}/tags/{tag_id}", headers={"Authorization": TAG_API_KEY}, timeout=10)
    if r.status_code == 401:
        raise PermissionError("tag API key rejected: %s" % TAG_API_KEY)
    return r.json()
