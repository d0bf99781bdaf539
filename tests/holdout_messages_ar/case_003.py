"""QuickBooks Online OAuth callback and token refresh (Flask)."""
import logging
import os

import requests
from flask import Flask, jsonify, request
from intuitlib.client import AuthClient
from intuitlib.exceptions import AuthClientError

app = Flask(__name__)
logger = logging.getLogger("books.qbo")

auth_client = AuthClient(
    client_id=os.environ["QBO_CLIENT_ID"],
    client_secret=os.environ["QBO_CLIENT_SECRET"],
    redirect_uri=os.environ.get("QBO_REDIRECT_URI", "http://localhost:5000/qbo/callback"),
    environment="sandbox",
)

TOKEN_STORE = {}


@app.route("/qbo/callback")
def qbo_callback():
    code = request.args.get("code")
    realm_id = request.args.get("realmId")
    try:
        auth_client.get_bearer_token(code, realm_id=realm_id)
    except AuthClientError as exc:
        logger.error("bearer token exchange failed: %s %s", exc.status_code, exc.intuit_tid)
        return jsonify(error="authorization failed"), 400
    TOKEN_STORE[realm_id] = {
        "access_token": auth_client.access_token,
        "refresh_token": auth_client.refresh_token,
        "expires_in": auth_client.expires_in,
    }
    logger.info("connected realm %s (token expires in %ss)", realm_id, auth_client.expires_in)
    logger.debug("stored tokens for %s: %s", realm_id, TOKEN_STORE[realm_id])
    return jsonify(connected=True, realm=realm_id)


def refresh(realm_id: str) -> str:
    tokens = TOKEN_STORE[realm_id]
    refresh_token = tokens["refresh_token"]
    try:
        auth_client.refresh(refresh_token=refresh_token)
    except AuthClientError as exc:
        raise PermissionError(f"refresh failed for realm {realm_id} using {refresh_token}") from exc
    tokens["access_token"] = auth_client.access_token
    logger.info("refreshed realm=%s token_len=%d", realm_id, len(auth_client.access_token))
    return auth_client.access_token


def company_info(realm_id: str) -> dict:
    token = refresh(realm_id)
    url = f"https://sandbox-quickbooks.api.intuit.com/v3/company/{realm_id}/companyinfo/{realm_id}"
    resp = requests.get(url, headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
    if resp.status_code != 200:
        raise RuntimeError(f"companyinfo {resp.status_code}: {resp.text[:200]}")
    return resp.json()["CompanyInfo"]
