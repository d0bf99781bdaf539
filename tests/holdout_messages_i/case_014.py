"""Authorization-code flow (with PKCE) for the dashboard's GitHub sign-in."""
import base64
import hashlib
import logging
import os
import secrets

import requests
from flask import Flask, abort, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
log = logging.getLogger("dashboard.auth")

CLIENT_ID = os.environ["GITHUB_CLIENT_ID"]
CLIENT_SECRET = os.environ["GITHUB_CLIENT_SECRET"]


@app.get("/login")
def login():
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    session["pkce_verifier"] = verifier
    session["oauth_state"] = secrets.token_urlsafe(16)
    log.info("login start for client %s, challenge %s", CLIENT_ID, challenge)
    return redirect(f"https://github.com/login/oauth/authorize?client_id={CLIENT_ID}&state={session['oauth_state']}&code_challenge={challenge}&code_challenge_method=S256")


@app.get("/callback")
def callback():
    if request.args.get("state") != session.pop("oauth_state", None):
        abort(400)
    data = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "code": request.args["code"], "code_verifier": session.pop("pkce_verifier", "")}
    resp = requests.post("https://github.com/login/oauth/access_token", data=data, headers={"Accept": "application/json"}, timeout=10)
    if resp.status_code != 200:
        log.error("token exchange failed: %s %s", resp.status_code, resp.text)
        raise RuntimeError(f"token exchange failed with status {resp.status_code}")
    payload = resp.json()
    if "access_token" not in payload:
        log.error("token exchange refused for client %s: %s", CLIENT_ID, payload.get("error_description"))
        log.debug("exchange form was %s", data)
        abort(401)
    session["gh_token"] = payload["access_token"]
    log.info("signed in, scopes=%s token_type=%s", payload.get("scope"), payload.get("token_type"))
    return redirect("/")


@app.get("/debug/session")
def debug_session():
    if not app.debug:
        abort(404)
    log.debug("session token: %s", session.get("gh_token"))
    return {"keys": sorted(session.keys())}
