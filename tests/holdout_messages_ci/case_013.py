"""Property-management accounting sync: AppFolio-style export -> QuickBooks, with LLM memo cleanup."""
import base64
import logging
import os
import sys

import httpx

log = logging.getLogger("acct_sync")
handler = logging.StreamHandler(sys.stdout)
log.addHandler(handler)
log.setLevel(logging.DEBUG)

PM_CLIENT_ID = os.environ["PM_CLIENT_ID"]
PM_CLIENT_SECRET = os.environ["PM_CLIENT_SECRET"]
QBO_REFRESH_TOKEN = os.environ["QBO_REFRESH_TOKEN"]
QBO_REALM = os.environ["QBO_REALM_ID"]


def pm_auth_header() -> dict:
    raw = f"{PM_CLIENT_ID}:{PM_CLIENT_SECRET}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


def refresh_qbo() -> str:
    r = httpx.post(
        "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
        data={"grant_type": "refresh_token", "refresh_token": QBO_REFRESH_TOKEN},
        auth=(os.environ["QBO_CLIENT_ID"], os.environ["QBO_CLIENT_SECRET"]),
    )
    if r.is_error:
        log.error("qbo refresh failed %s %s", r.status_code, r.json().get("error"))
        raise RuntimeError("QuickBooks refresh failed for realm %s" % QBO_REALM)
    body = r.json()
    log.info("qbo token type=%s expires_in=%s", body["token_type"], body["expires_in"])
    log.debug("qbo token response %s", body)
    return body["access_token"]


def pull_ledger(month: str) -> list[dict]:
    hdrs = pm_auth_header()
    r = httpx.get(f"https://pm.example.com/api/v1/gl?month={month}", headers=hdrs, timeout=60)
    if r.status_code == 401:
        raise PermissionError(f"PM API refused client {PM_CLIENT_ID} with secret {PM_CLIENT_SECRET}")
    log.info("pulled %d GL rows for %s (client %s)", len(r.json()), month, PM_CLIENT_ID)
    return r.json()


if __name__ == "__main__":
    token = refresh_qbo()
    rows = pull_ledger(sys.argv[1] if len(sys.argv) > 1 else "2026-03")
    print(f"ready to post {len(rows)} rows to realm {QBO_REALM}")
