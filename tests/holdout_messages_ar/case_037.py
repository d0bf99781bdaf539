"""Open-banking consent store: GoCardless Bank Account Data (Nordigen) requisitions."""
import logging
import os
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger("feeds.gocardless")

BAD_BASE = "https://bankaccountdata.gocardless.com/api/v2"
SECRET_ID = os.environ["GC_SECRET_ID"]
SECRET_KEY = os.environ["GC_SECRET_KEY"]
TOKEN_CACHE: dict = {}


def access_token() -> str:
    cached = TOKEN_CACHE.get("access")
    if cached and TOKEN_CACHE["expires_at"] > datetime.now(timezone.utc):
        log.debug("using cached token, expires %s", TOKEN_CACHE["expires_at"].isoformat())
        return cached
    resp = requests.post(f"{BAD_BASE}/token/new/", json={"secret_id": SECRET_ID, "secret_key": SECRET_KEY}, timeout=10)
    if resp.status_code != 200:
        log.error("token/new %s: %s", resp.status_code, resp.json().get("detail"))
        raise ConnectionError(f"gocardless token request failed for secret_id={SECRET_ID} secret_key={SECRET_KEY}")
    body = resp.json()
    TOKEN_CACHE.update(access=body["access"], expires_at=datetime.now(timezone.utc) + timedelta(seconds=body["access_expires"]))
    log.info("new access token, access_expires=%ss refresh_expires=%ss", body["access_expires"], body["refresh_expires"])
    return body["access"]


def create_requisition(institution_id: str, reference: str, redirect: str) -> dict:
    token = access_token()
    resp = requests.post(
        f"{BAD_BASE}/requisitions/",
        headers={"Authorization": f"Bearer {token}"},
        json={"institution_id": institution_id, "redirect": redirect, "reference": reference, "user_language": "EN"},
        timeout=10,
    )
    resp.raise_for_status()
    req = resp.json()
    log.info("requisition %s for %s -> %s", req["id"], institution_id, req["status"])
    return {"id": req["id"], "link": req["link"]}


def accounts(requisition_id: str) -> list:
    token = access_token()
    resp = requests.get(f"{BAD_BASE}/requisitions/{requisition_id}/", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    if resp.status_code == 401:
        log.warning("401 on requisition %s with token %s", requisition_id, token)
        TOKEN_CACHE.clear()
    resp.raise_for_status()
    return resp.json()["accounts"]
