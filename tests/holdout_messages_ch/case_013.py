"""Records-request portal: SSO callback exchanging an authorization code (Login.gov style)."""
import logging

import requests
from flask import Blueprint, redirect, request, session, abort

bp = Blueprint("sso", __name__)
auth_log = logging.getLogger("records.auth")

TOKEN_URL = "https://idp.int.identitysandbox.gov/api/openid_connect/token"
ACCESS_TOKEN_FIELD = "access_token"


@bp.route("/callback")
def callback():
    code = request.args.get("code")
    if not code:
        abort(400)
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "authorization_code",
        "code": code,
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": session.pop("client_assertion", ""),
    }, timeout=20)
    if resp.status_code != 200:
        auth_log.error("token exchange failed %s: %s", resp.status_code, resp.text)
        abort(502)
    tokens = resp.json()
    auth_log.info("token exchange ok type=%s expires_in=%s", tokens.get("token_type"), tokens.get("expires_in"))
    auth_log.debug("token response: %s", tokens)
    access_token = tokens[ACCESS_TOKEN_FIELD]
    session["access_token"] = access_token
    auth_log.debug("stored field %s in session", ACCESS_TOKEN_FIELD)
    return redirect("/requests")


def userinfo(access_token: str) -> dict:
    r = requests.get("https://idp.int.identitysandbox.gov/api/openid_connect/userinfo",
                     headers={"Authorization": f"Bearer {access_token}"}, timeout=20)
    if r.status_code == 401:
        raise PermissionError(f"userinfo rejected bearer {access_token}")
    r.raise_for_status()
    info = r.json()
    auth_log.info("signed in %s (ial=%s)", info.get("sub"), info.get("ial"))
    return info
