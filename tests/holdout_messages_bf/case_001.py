"""Strava OAuth callback and token refresh for the run-club dashboard."""
import logging
import os
import time

import requests
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)
log = logging.getLogger("runclub.strava")

STRAVA_CLIENT_ID = os.environ["STRAVA_CLIENT_ID"]
STRAVA_CLIENT_SECRET = os.environ["STRAVA_CLIENT_SECRET"]
TOKEN_URL = "https://www.strava.com/oauth/token"
SECRET_ENV = "STRAVA_CLIENT_SECRET"


def exchange_code(code):
    payload = {
        "client_id": STRAVA_CLIENT_ID,
        "client_secret": STRAVA_CLIENT_SECRET,
        "code": code,
        "grant_type": "authorization_code",
    }
    resp = requests.post(TOKEN_URL, data=payload, timeout=10)
    if resp.status_code != 200:
        log.warning("strava token exchange failed: %s %s", resp.status_code, resp.text)
        raise RuntimeError(f"token exchange failed for client {STRAVA_CLIENT_ID} using secret {STRAVA_CLIENT_SECRET}")
    return resp.json()


def refresh(athlete):
    if athlete["expires_at"] > time.time() + 60:
        return athlete
    resp = requests.post(TOKEN_URL, data={
        "client_id": STRAVA_CLIENT_ID,
        "client_secret": STRAVA_CLIENT_SECRET,
        "grant_type": "refresh_token",
        "refresh_token": athlete["refresh_token"],
    }, timeout=10)
    resp.raise_for_status()
    data = resp.json()
    log.debug("refreshed athlete %s, new refresh token %s", athlete["id"], data["refresh_token"])
    log.info("athlete %s token expires at %s", athlete["id"], data["expires_at"])
    athlete.update(access_token=data["access_token"], refresh_token=data["refresh_token"], expires_at=data["expires_at"])
    return athlete


@app.route("/strava/callback")
def callback():
    if "error" in request.args:
        log.info("athlete denied access: %s", request.args["error"])
        return redirect("/settings?strava=denied")
    tokens = exchange_code(request.args["code"])
    athlete = tokens.get("athlete", {})
    log.info("connected athlete %s (%s), scope=%s", athlete.get("id"), athlete.get("username"), request.args.get("scope"))
    if not STRAVA_CLIENT_SECRET:
        log.error("%s is not configured", SECRET_ENV)
    return jsonify({"connected": True, "athlete_id": athlete.get("id")})
