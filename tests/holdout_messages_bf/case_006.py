"""Fitbit intraday heart-rate pull for the corporate wellness challenge."""
import base64
import logging
import os

import requests

wlog = logging.getLogger("wellness.fitbit")

FITBIT_CLIENT_ID = os.environ["FITBIT_CLIENT_ID"]
FITBIT_CLIENT_SECRET = os.environ["FITBIT_CLIENT_SECRET"]
TOKEN_ENDPOINT = "https://api.fitbit.com/oauth2/token"


def basic_auth_header():
    raw = f"{FITBIT_CLIENT_ID}:{FITBIT_CLIENT_SECRET}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


def refresh_tokens(employee):
    headers = basic_auth_header()
    resp = requests.post(TOKEN_ENDPOINT, headers=headers, data={"grant_type": "refresh_token", "refresh_token": employee.refresh_token}, timeout=10)
    if not resp.ok:
        wlog.error("fitbit refresh failed for %s: %s", employee.email, resp.json().get("errors"))
        raise PermissionError("fitbit refresh failed for %s using refresh token %s" % (employee.email, employee.refresh_token))
    body = resp.json()
    employee.access_token = body["access_token"]
    employee.refresh_token = body["refresh_token"]
    wlog.info("fitbit tokens refreshed for %s, scope=%s, expires_in=%s, token_type=%s", employee.email, body["scope"], body["expires_in"], body["token_type"])
    return employee


def heart_rate(employee, day):
    url = f"https://api.fitbit.com/1/user/-/activities/heart/date/{day}/1d/1min.json"
    resp = requests.get(url, headers={"Authorization": f"Bearer {employee.access_token}"}, timeout=15)
    if resp.status_code == 401:
        refresh_tokens(employee)
        resp = requests.get(url, headers={"Authorization": f"Bearer {employee.access_token}"}, timeout=15)
    resp.raise_for_status()
    series = resp.json()["activities-heart-intraday"]["dataset"]
    wlog.debug("pulled %d samples for %s", len(series), employee.email)
    return series


def debug_dump(employee):
    wlog.debug("employee %s access=%s", employee.email, employee.access_token)
    wlog.debug("basic header prepared: %s", basic_auth_header())
    wlog.debug("client id %s, has secret: %s", FITBIT_CLIENT_ID, bool(FITBIT_CLIENT_SECRET))
