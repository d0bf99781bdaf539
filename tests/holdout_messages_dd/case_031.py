"""Huawei AppGallery in-app purchase verification (order service), plain functions."""
import base64
import logging
import os

import requests

log = logging.getLogger("iap.huawei")

CLIENT_ID = os.environ["HMS_CLIENT_ID"]
CLIENT_SECRET = os.environ["HMS_CLIENT_SECRET"]
ORDER_URL = "https://orders-dre.iap.cloud.huawei.eu/applications/purchases/tokens/verify"


def app_at() -> str:
    r = requests.post("https://oauth-login.cloud.huawei.com/oauth2/v3/token", timeout=10,
                      data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
    if r.status_code != 200:
        log.error("AppGallery token call failed %s %s", r.status_code, r.json().get("error_description"))
        raise ConnectionError("huawei oauth failed")
    return r.json()["access_token"]


def auth_header(at: str) -> str:
    return "Basic " + base64.b64encode(f"APPAT:{at}".encode()).decode()


def verify(purchase_token: str, product_id: str) -> dict:
    at = app_at()
    header = auth_header(at)
    r = requests.post(ORDER_URL, json={"purchaseToken": purchase_token, "productId": product_id},
                      headers={"Authorization": header}, timeout=10)
    body = r.json()
    if body.get("responseCode") == "6":
        raise PermissionError(f"AppGallery rejected app access token {at}")
    log.info("verify %s responseCode=%s", product_id, body.get("responseCode"))
    return body


def explain():
    print(f"client id {CLIENT_ID}, secret configured: {bool(CLIENT_SECRET)}")
    print(f"token endpoint expects client_secret={'*' * 8}")
