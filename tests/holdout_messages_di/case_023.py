"""OAuth callback for connecting a user's HubSpot account to our agent (Flask)."""
import logging
import os
import secrets

import requests
from flask import Flask, abort, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
log = logging.getLogger("connect.hubspot")

CLIENT_ID = os.environ["HUBSPOT_CLIENT_ID"]
CLIENT_SECRET = os.environ["HUBSPOT_CLIENT_SECRET"]
REDIRECT_URI = os.environ.get("HUBSPOT_REDIRECT_URI", "https://agent.example.com/connect/hubspot/callback")
SCOPES = "crm.objects.contacts.read crm.objects.deals.read"


@app.get("/connect/hubspot")
def start():
    state = secrets.token_urlsafe(24)
    session["hs_state"] = state
    log.info("hubspot connect for user %s, scopes %s", session.get("uid"), SCOPES)
    return redirect(f"https://app.hubspot.com/oauth/authorize?client_id={CLIENT_ID}&redirect_uri={REDIRECT_URI}&scope={SCOPES}&state={state}")


@app.get("/connect/hubspot/callback")
def callback():
    if request.args.get("state") != session.pop("hs_state", None):
        log.warning("state mismatch for user %s", session.get("uid"))
        abort(400)
    resp = requests.post(
        "https://api.hubapi.com/oauth/v1/token",
        data={
            "grant_type": "authorization_code",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "redirect_uri": REDIRECT_URI,
            "code": request.args["code"],
        },
        timeout=10,
    )
    if resp.status_code != 200:
        log.error("hubspot token exchange failed: %s %s", resp.status_code, resp.text)
        log.error("exchange used client secret %s", CLIENT_SECRET)
        abort(502)
    tokens = resp.json()
    save_tokens(session["uid"], tokens)
    log.info("hubspot connected for %s, expires_in=%s", session["uid"], tokens.get("expires_in"))
    return redirect("/settings/connections")


def save_tokens(uid: str, tokens: dict) -> None:
    from .store import put_credential

    refresh_token = tokens.get("refresh_token")
    if not refresh_token:
        raise ValueError(f"HubSpot returned no refresh token for {uid} (access token {tokens.get('access_token')})")
    put_credential(uid, "hubspot", refresh_token)
    log.info("stored hubspot refresh token for %s", uid)
