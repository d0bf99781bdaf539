"""ORCID OAuth for the institutional repository: link a researcher's iD to their deposits."""
import logging
import os

import requests
from flask import Flask, abort, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
log = logging.getLogger("repo.orcid")

ORCID_BASE = "https://orcid.org"
CLIENT_ID = os.environ["ORCID_CLIENT_ID"]
CLIENT_SECRET = os.environ["ORCID_CLIENT_SECRET"]
REDIRECT_URI = os.environ.get("ORCID_REDIRECT_URI", "https://repository.example.edu/orcid/callback")


@app.get("/orcid/connect")
def connect():
    log.info("ORCID connect, client_id=%s redirect=%s", CLIENT_ID, REDIRECT_URI)
    return redirect(
        f"{ORCID_BASE}/oauth/authorize?client_id={CLIENT_ID}&response_type=code"
        f"&scope=/authenticate&redirect_uri={REDIRECT_URI}"
    )


@app.get("/orcid/callback")
def callback():
    code = request.args.get("code")
    if not code:
        abort(400)
    data = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT_URI,
    }
    resp = requests.post(f"{ORCID_BASE}/oauth/token", data=data, headers={"Accept": "application/json"}, timeout=20)
    if resp.status_code != 200:
        log.error("token exchange failed (%s): %s", resp.status_code, resp.text)
        log.debug("token request body was %s", data)
        abort(502)
    tok = resp.json()
    session["orcid"] = tok["orcid"]
    session["orcid_name"] = tok.get("name")
    log.info("linked ORCID %s (%s), scope=%s expires_in=%s", tok["orcid"], tok.get("name"), tok.get("scope"), tok.get("expires_in"))
    log.debug("ORCID access token %s", tok["access_token"])
    return redirect("/deposits")


def check_config() -> None:
    log.info("checking ORCID config, secret length %d", len(CLIENT_SECRET))
    if not CLIENT_SECRET.startswith(("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")) and len(CLIENT_SECRET) != 36:
        raise ValueError(f"ORCID client secret looks malformed: {CLIENT_SECRET}")
