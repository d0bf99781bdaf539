"""Authlib OAuth login for the eval dashboard (Google as the identity provider)."""
import logging
import os

from authlib.integrations.flask_client import OAuth
from flask import Flask, redirect, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["DASH_SESSION_SECRET"]
log = logging.getLogger("dash.auth")

oauth = OAuth(app)
GOOGLE_CLIENT_ID = os.environ["GOOGLE_CLIENT_ID"]
GOOGLE_CLIENT_SECRET = os.environ["GOOGLE_CLIENT_SECRET"]
oauth.register(
    name="google",
    client_id=GOOGLE_CLIENT_ID,
    client_secret=GOOGLE_CLIENT_SECRET,
    server_metadata_url="https://accounts.google.com/.well-known/openid-configuration",
    client_kwargs={"scope": "openid email profile"},
)


@app.route("/login")
def login():
    log.debug("oauth client %s, redirect %s", GOOGLE_CLIENT_ID, url_for("callback", _external=True))
    return oauth.google.authorize_redirect(url_for("callback", _external=True))


@app.route("/auth/callback")
def callback():
    token = oauth.google.authorize_access_token()
    user = token.get("userinfo") or {}
    log.info("login %s, scope=%s, expires_at=%s", user.get("email"), token.get("scope"), token.get("expires_at"))
    log.debug("token response %s", token)
    if not user.get("email", "").endswith("@example.org"):
        log.warning("rejected %s, id token %s", user.get("email"), token.get("id_token"))
        return "forbidden", 403
    session["user"] = {"email": user["email"], "name": user.get("name")}
    session["access_token"] = token["access_token"]
    return redirect("/")


@app.route("/logout")
def logout():
    had_token = "access_token" in session
    session.clear()
    log.info("logout, had token=%s", had_token)
    return redirect(url_for("login"))
