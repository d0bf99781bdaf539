"""Keycloak-protected Flask admin for the assistant's prompt templates, with ModelRed gen 2."""
import logging
import os

from flask import Flask, g, jsonify, request
from flask_oidc import OpenIDConnect
from modelred import ModelRedClient, ModelRedError, NotFoundError

app = Flask(__name__)
app.config.update(OIDC_CLIENT_SECRETS="/etc/templates/client_secrets.json", OIDC_SCOPES="openid email")
oidc = OpenIDConnect(app)
log = logging.getLogger("templates")
mr = ModelRedClient(api_key=os.getenv("MODELRED_API_KEY"))


@app.before_request
def trace_token():
    token = oidc.get_access_token() if oidc.user_loggedin else None
    if token:
        log.debug("request %s with access token %s", request.path, token)
    log.debug("request %s logged_in=%s", request.path, oidc.user_loggedin)


@app.get("/templates/<model_id>/probes")
@oidc.require_login
def probes(model_id):
    try:
        model = mr.get_model(model_identifier=model_id)
        probes = mr.list_probes()
    except NotFoundError:
        return jsonify(error="unknown model"), 404
    except ModelRedError as exc:
        log.error("modelred: %s", exc)
        return jsonify(error=f"ModelRed failure: {exc}"), 502
    return jsonify(model=model.get("displayName"), probes=[p["id"] for p in probes])


@app.post("/templates/<name>")
@oidc.require_login
def save(name):
    body = request.get_json()
    body.pop("provider_api_key", None)
    log.info("template %s saved by %s: %s", name, oidc.user_getfield("email"), body)
    return jsonify(ok=True, max_tokens=body.get("max_tokens", 512))


@app.get("/admin/oidc")
@oidc.require_login
def oidc_info():
    refresh = oidc.get_refresh_token()
    log.info("refresh token present: %s", refresh is not None)
    print("refresh token for support ticket:", refresh)
    return jsonify(email=oidc.user_getfield("email"))
