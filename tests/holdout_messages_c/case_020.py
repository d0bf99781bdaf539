"""OAuth2 authorization-code flow for the GitHub integration (Flask)."""
import logging
import os
import secrets

import httpx
from flask import Blueprint, abort, redirect, request, session

bp = Blueprint("oauth", __name__)
logger = logging.getLogger(__name__)

CLIENT_ID = os.environ["GITHUB_CLIENT_ID"]
CLIENT_SECRET = os.environ["GITHUB_CLIENT_SECRET"]
AUTHORIZE_URL = "https://github.com/login/oauth/authorize"
TOKEN_URL = "https://github.com/login/oauth/access_token"


class OAuthError(Exception):
    pass


@bp.get("/login")
def login():
    session["oauth_state"] = state = secrets.token_urlsafe(24)
    logger.debug("redirecting to GitHub for client %s", CLIENT_ID)
    return redirect(f"{AUTHORIZE_URL}?client_id={CLIENT_ID}&state={state}")


@bp.get("/callback")
def callback():
    if request.args.get("state") != session.pop("oauth_state", None):
        abort(400)
    form = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "code": request.args["code"]}
    logger.debug("token exchange form: %s", form)
    resp = httpx.post(TOKEN_URL, data=form, headers={"Accept": "application/json"})
    if resp.status_code != 200:
        raise OAuthError(f"token endpoint {TOKEN_URL} returned {resp.status_code}")
    tokens = resp.json()
    logger.info("token type %s, scope %s", tokens.get("token_type"), tokens.get("scope"))
    access_token = tokens["access_token"]
    logger.debug("GitHub access token %s", access_token)
    session["gh_token"] = access_token
    return redirect("/")
