"""Patreon hook for the story app: patrons of the 'Scribe' tier get the long-form model."""
import hashlib
import hmac
import logging
import os

import requests
from flask import Flask, abort, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
log = logging.getLogger("storyapp.patreon")

CLIENT_ID = os.environ["PATREON_CLIENT_ID"]
CLIENT_SECRET = os.environ["PATREON_CLIENT_SECRET"]
WEBHOOK_SECRET = os.environ["PATREON_WEBHOOK_SECRET"].encode()
REDIRECT_URI = "https://stories.example/patreon/callback"
SCRIBE_TIER = "9184412"


@app.get("/patreon/callback")
def callback():
    code = request.args.get("code")
    if not code:
        abort(400)
    r = requests.post("https://www.patreon.com/api/oauth2/token", data={
        "code": code, "grant_type": "authorization_code", "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET, "redirect_uri": REDIRECT_URI}, timeout=20)
    tokens = r.json()
    log.info("patreon token exchange: http %s, token_type=%s, expires_in=%s, scope=%s", r.status_code, tokens.get("token_type"), tokens.get("expires_in"), tokens.get("scope"))
    log.debug("patreon tokens: %s", tokens)
    session["patreon_access"] = tokens["access_token"]
    return redirect("/account")


@app.post("/patreon/webhook")
def webhook():
    sig = request.headers.get("X-Patreon-Signature", "")
    digest = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.md5).hexdigest()
    if not hmac.compare_digest(sig, digest):
        log.warning("webhook signature mismatch (event=%s)", request.headers.get("X-Patreon-Event"))
        abort(403)
    body = request.get_json()
    tiers = [t["id"] for t in body["data"]["relationships"]["currently_entitled_tiers"]["data"]]
    member = body["data"]["id"]
    log.info("member %s tiers %s scribe=%s", member, tiers, SCRIBE_TIER in tiers)
    return "", 204


@app.get("/account")
def account():
    token = session.get("patreon_access")
    if token is None:
        return redirect("/login")
    me = requests.get("https://www.patreon.com/api/oauth2/v2/identity?include=memberships",
                      headers={"Authorization": f"Bearer {token}"}, timeout=20)
    log.info("identity lookup -> %s", me.status_code)
    return me.json()
