"""Discord OAuth2 login for the community dashboard (Flask)."""
import logging
import os
import secrets
from urllib.parse import urlencode

import requests
from flask import Flask, abort, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
log = logging.getLogger("dashboard.auth")

CLIENT_ID = os.environ["DISCORD_CLIENT_ID"]
CLIENT_SECRET = os.environ["DISCORD_CLIENT_SECRET"]
API = "https://discord.com/api/v10"
SCOPES = "identify guilds"


@app.get("/login")
def login():
    state = secrets.token_urlsafe(16)
    log.debug("client secret set: %s", bool(CLIENT_SECRET))
    session["oauth_state"] = state
    q = urlencode({"client_id": CLIENT_ID, "redirect_uri": url_for("callback", _external=True),
                   "response_type": "code", "scope": SCOPES, "state": state})
    log.info("redirecting to discord authorize for client %s scopes %s", CLIENT_ID, SCOPES)
    return redirect(f"https://discord.com/oauth2/authorize?{q}")


@app.get("/callback")
def callback():
    if request.args.get("state") != session.pop("oauth_state", None):
        abort(400)
    data = {"grant_type": "authorization_code", "code": request.args["code"],
            "redirect_uri": url_for("callback", _external=True)}
    r = requests.post(f"{API}/oauth2/token", data=data, auth=(CLIENT_ID, CLIENT_SECRET), timeout=10)
    if r.status_code != 200:
        log.error("token exchange failed: %s %s", r.status_code, r.text)
        abort(502)
    tokens = r.json()
    log.debug("discord token response: %s", tokens)
    log.info("token_type=%s expires_in=%s scope=%s", tokens["token_type"], tokens["expires_in"], tokens["scope"])
    me = requests.get(f"{API}/users/@me", headers={"Authorization": f"Bearer {tokens['access_token']}"}, timeout=10)
    if me.status_code != 200:
        raise RuntimeError(f"users/@me failed with access token {tokens['access_token']}")
    session["user"] = {"id": me.json()["id"], "name": me.json()["username"]}
    session["refresh_token"] = tokens["refresh_token"]
    log.info("dashboard login by %s", session["user"]["name"])
    return redirect("/")


@app.get("/logout")
def logout():
    session.clear()
    return redirect("/")
