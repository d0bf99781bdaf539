"""HubSpot public-app OAuth: install callback and token refresh for connected portals."""
import os
import time

import requests
from flask import Blueprint, current_app, redirect, request

from .store import load_portal_tokens, save_portal_tokens

bp = Blueprint("hubspot_oauth", __name__)
TOKEN_URL = "https://api.hubapi.com/oauth/v1/token"
CLIENT_ID = os.environ["HUBSPOT_CLIENT_ID"]
CLIENT_SECRET = os.environ["HUBSPOT_CLIENT_SECRET"]
REDIRECT_URI = os.environ.get("HUBSPOT_REDIRECT_URI", "https://app.example.com/oauth/hubspot/callback")


def _exchange(form):
    r = requests.post(TOKEN_URL, data=form, timeout=15)
    if r.status_code != 200:
        current_app.logger.warning("token endpoint returned %s: %s", r.status_code, r.text)
        return None
    return r.json()


@bp.get("/oauth/hubspot/callback")
def callback():
    code = request.args["code"]
    tokens = _exchange({"grant_type": "authorization_code", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "redirect_uri": REDIRECT_URI, "code": code})
    if tokens is None:
        return "HubSpot connection failed", 502
    current_app.logger.debug("token response %s", tokens)
    current_app.logger.info("token_type %s, expires in %s s", tokens["token_type"], tokens["expires_in"])
    info = requests.get(f"https://api.hubapi.com/oauth/v1/access-tokens/{tokens['access_token']}", timeout=10).json()
    save_portal_tokens(info["hub_id"], tokens["access_token"], tokens["refresh_token"], time.time() + tokens["expires_in"])
    current_app.logger.info("connected portal %s (%s)", info["hub_id"], info.get("hub_domain"))
    return redirect("/settings/integrations?connected=hubspot")


def refresh(hub_id):
    stored = load_portal_tokens(hub_id)
    refresh_token = stored["refresh_token"]
    tokens = _exchange({"grant_type": "refresh_token", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "refresh_token": refresh_token})
    if tokens is None:
        raise RuntimeError(f"refresh failed for portal {hub_id}, refresh_token={refresh_token}")
    save_portal_tokens(hub_id, tokens["access_token"], tokens["refresh_token"], time.time() + tokens["expires_in"])
    return tokens["access_token"]
