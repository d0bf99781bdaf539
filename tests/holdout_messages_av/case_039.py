"""Climate FieldView OAuth callback and field listing for the agronomy portal (Flask)."""
import logging
import os

import requests
from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["PORTAL_SESSION_SECRET"]
plog = logging.getLogger("portal.fieldview")

AUTH_URL = "https://climate.com/static/app-login/index.html"
TOKEN_URL = "https://api.climate.com/api/oauth/token"
API = "https://platform.climate.com/v4"
CLIENT_ID = os.environ["FIELDVIEW_CLIENT_ID"]
CLIENT_SECRET = os.environ["FIELDVIEW_CLIENT_SECRET"]
X_API_KEY = os.environ["FIELDVIEW_X_API_KEY"]


@app.get("/fieldview/login")
def login():
    return redirect(f"{AUTH_URL}?scope=openid+fields:read&response_type=code&client_id={CLIENT_ID}&redirect_uri={url_for('callback', _external=True)}")


@app.get("/fieldview/callback")
def callback():
    code = request.args.get("code")
    if not code:
        plog.warning("callback without code, error=%s", request.args.get("error"))
        return "login cancelled", 400
    r = requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "redirect_uri": url_for("callback", _external=True), "code": code}, auth=(CLIENT_ID, CLIENT_SECRET), headers={"x-api-key": X_API_KEY}, timeout=20)
    if r.status_code != 200:
        plog.error("token exchange failed %s: %s", r.status_code, r.text)
        raise RuntimeError(f"FieldView token exchange failed for client {CLIENT_ID} using secret {CLIENT_SECRET}")
    grant = r.json()
    session["fv_access"] = grant["access_token"]
    plog.info("fieldview user %s logged in, expires_in=%s", grant.get("user", {}).get("id"), grant.get("expires_in"))
    return redirect(url_for("fields"))


@app.get("/fieldview/fields")
def fields():
    token = session.get("fv_access")
    if token is None:
        return redirect(url_for("login"))
    r = requests.get(f"{API}/fields", headers={"Authorization": f"Bearer {token}", "x-api-key": X_API_KEY}, timeout=20)
    if r.status_code == 401:
        session.pop("fv_access", None)
        return redirect(url_for("login"))
    names = [f["name"] for f in r.json()["results"]]
    plog.info("%d fields for session", len(names))
    return {"fields": names}
