"""Internal dashboard login: GitHub OAuth app, org membership check, session cookie."""
import logging
import os
import secrets

import requests
from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["DASHBOARD_SESSION_KEY"]
log = logging.getLogger("dashboard.auth")

CLIENT_ID = os.environ["GITHUB_OAUTH_CLIENT_ID"]
CLIENT_SECRET = os.environ["GITHUB_OAUTH_CLIENT_SECRET"]
ALLOWED_ORG = os.environ.get("ALLOWED_ORG", "acme-platform")


@app.get("/login")
def login():
    state = secrets.token_urlsafe(16)
    session["oauth_state"] = state
    log.info("login redirect for client %s", CLIENT_ID)
    return redirect(f"https://github.com/login/oauth/authorize?client_id={CLIENT_ID}&scope=read:org&state={state}")


@app.get("/oauth/callback")
def callback():
    if request.args.get("state") != session.pop("oauth_state", None):
        return "state mismatch", 400
    resp = requests.post(
        "https://github.com/login/oauth/access_token",
        data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "code": request.args["code"]},
        headers={"Accept": "application/json"},
        timeout=10,
    )
    tok = resp.json()
    if "error" in tok:
        log.warning("oauth exchange failed: %s (%s)", tok["error"], tok.get("error_description"))
        return "login failed", 401
    log.debug("token response: %s", tok)
    access_token = tok["access_token"]
    log.info("granted scope %s, token type %s", tok.get("scope"), tok.get("token_type"))
    orgs = requests.get("https://api.github.com/user/orgs", headers={"Authorization": f"Bearer {access_token}"}, timeout=10).json()
    if ALLOWED_ORG not in {o["login"] for o in orgs}:
        log.warning("user not in %s; token %s", ALLOWED_ORG, access_token)
        return "forbidden", 403
    session["gh_token"] = access_token
    return redirect(url_for("index"))


@app.get("/")
def index():
    if "gh_token" not in session:
        return redirect(url_for("login"))
    return "ModelRed dashboard"


@app.before_request
def check_config():
    if len(CLIENT_SECRET) != 40:
        raise RuntimeError(f"GITHUB_OAUTH_CLIENT_SECRET has unexpected length {len(CLIENT_SECRET)}")
