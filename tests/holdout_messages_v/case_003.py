"""Flask blueprint: OAuth2 authorization-code login against the corporate IdP."""

import logging
import os
import secrets

import requests
from flask import Blueprint, abort, redirect, request, session, url_for

bp = Blueprint("sso", __name__)
log = logging.getLogger(__name__)

CLIENT_ID = os.environ["SSO_CLIENT_ID"]
CLIENT_SECRET = os.environ["SSO_CLIENT_SECRET"]
TOKEN_URL = os.environ.get("SSO_TOKEN_URL", "https://idp.example.com/oauth2/token")
AUTHORIZE_URL = os.environ.get("SSO_AUTHORIZE_URL", "https://idp.example.com/oauth2/authorize")


@bp.route("/login")
def login():
    state = secrets.token_urlsafe(24)
    session["oauth_state"] = state
    redirect_uri = url_for("sso.callback", _external=True)
    log.info("starting SSO for client %s redirect %s", CLIENT_ID, redirect_uri)
    return redirect(f"{AUTHORIZE_URL}?response_type=code&client_id={CLIENT_ID}&state={state}&redirect_uri={redirect_uri}")


@bp.route("/callback")
def callback():
    if request.args.get("state") != session.pop("oauth_state", None):
        abort(400, "state mismatch")
    code = request.args["code"]
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "authorization_code", "code": code,
              "redirect_uri": url_for("sso.callback", _external=True)},
        auth=(CLIENT_ID, CLIENT_SECRET),
        timeout=10,
    )
    if resp.status_code != 200:
        log.error("token exchange failed: %s %s", resp.status_code, resp.text[:200])
        abort(502)
    tokens = resp.json()
    log.info("token exchange ok: type=%s expires_in=%s scope=%s", tokens.get("token_type"), tokens.get("expires_in"), tokens.get("scope"))
    log.debug("issued access token %s", tokens["access_token"])
    session["access_token"] = tokens["access_token"]
    session["refresh_token"] = tokens.get("refresh_token")
    if "id_token" not in tokens:
        log.warning("IdP returned no id_token; fields: %s", sorted(tokens))
    return redirect(url_for("home.index"))
