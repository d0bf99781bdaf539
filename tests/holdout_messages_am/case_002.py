"""Shopify embedded app: OAuth install callback and shop session storage."""
import hashlib
import hmac
import logging
import os

import requests
from flask import Flask, abort, redirect, request

app = Flask(__name__)
logger = logging.getLogger("shopify_app.install")

SHOPIFY_API_KEY = os.environ["SHOPIFY_API_KEY"]
SHOPIFY_API_SECRET = os.environ["SHOPIFY_API_SECRET"]
SCOPES = "read_products,write_products,read_orders"
SECRET_ENV_NAME = "SHOPIFY_API_SECRET"

_sessions: dict[str, dict] = {}


def _valid_hmac(params: dict) -> bool:
    received = params.pop("hmac", "")
    message = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    digest = hmac.new(SHOPIFY_API_SECRET.encode(), message.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, received)


@app.get("/auth/callback")
def callback():
    params = request.args.to_dict()
    shop = params.get("shop", "")
    if not _valid_hmac(dict(params)):
        logger.warning("bad hmac on install for shop=%s (secret from %s)", shop, SECRET_ENV_NAME)
        abort(401)
    resp = requests.post(
        f"https://{shop}/admin/oauth/access_token",
        json={"client_id": SHOPIFY_API_KEY, "client_secret": SHOPIFY_API_SECRET, "code": params["code"]},
        timeout=10,
    )
    if resp.status_code != 200:
        logger.error("token exchange for %s failed: %s %s", shop, resp.status_code, resp.text)
        abort(502)
    payload = resp.json()
    access_token = payload["access_token"]
    _sessions[shop] = {"token": access_token, "scope": payload.get("scope")}
    logger.info("installed on %s with scope %s", shop, payload.get("scope"))
    logger.debug("offline token for %s: %s", shop, access_token)
    return redirect(f"https://{shop}/admin/apps/northwind-enricher")


@app.get("/debug/sessions")
def debug_sessions():
    print("sessions:", _sessions)
    return {"shops": sorted(_sessions)}
