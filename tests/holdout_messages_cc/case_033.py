"""Canvas OAuth2 flow for the tutor app (students authorise access to their courses)."""
import logging
import os
import secrets as pysecrets

import requests
from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
oauth_log = logging.getLogger("canvas.oauth")

CANVAS = os.environ["CANVAS_URL"]
CLIENT_ID = os.environ["CANVAS_CLIENT_ID"]
CLIENT_SECRET = os.environ["CANVAS_CLIENT_SECRET"]
REDIRECT_URI = os.environ.get("CANVAS_REDIRECT_URI", "https://tutor.example.edu/oauth/callback")


@app.get("/login")
def login():
    state = pysecrets.token_urlsafe(16)
    session["state"] = state
    oauth_log.info("redirecting to Canvas for client %s", CLIENT_ID)
    return redirect(f"{CANVAS}/login/oauth2/auth?client_id={CLIENT_ID}&response_type=code"
                    f"&state={state}&redirect_uri={REDIRECT_URI}")


@app.get("/oauth/callback")
def callback():
    if request.args.get("state") != session.pop("state", None):
        return "state mismatch", 400
    form = {"grant_type": "authorization_code", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "redirect_uri": REDIRECT_URI, "code": request.args["code"]}
    r = requests.post(f"{CANVAS}/login/oauth2/token", data=form, timeout=15)
    if r.status_code != 200:
        oauth_log.error("token exchange failed %s: %s", r.status_code, r.text)
        oauth_log.debug("exchange form was %s", form)
        return "Canvas login failed", 502
    tok = r.json()
    session["canvas_token"] = tok["access_token"]
    session["canvas_refresh"] = tok.get("refresh_token")
    oauth_log.info("user %s logged in, token expires in %s", tok["user"]["id"], tok.get("expires_in"))
    return redirect("/")


@app.get("/me")
def me():
    token = session.get("canvas_token")
    if not token:
        return redirect("/login")
    r = requests.get(f"{CANVAS}/api/v1/users/self", headers={"Authorization": f"Bearer {token}"}, timeout=15)
    if r.status_code == 401:
        oauth_log.warning("stale canvas token %s for session", token)
        session.clear()
        return redirect("/login")
    return r.json()
