"""Sumsub applicant creation with request signing, async."""
import asyncio
import hashlib
import hmac
import logging
import os
import time

import httpx

log = logging.getLogger("kyc.sumsub")

SUMSUB_BASE = "https://api.sumsub.com"
APP_TOKEN = os.environ["SUMSUB_APP_TOKEN"]
SECRET_KEY = os.environ["SUMSUB_SECRET_KEY"]
LEVEL_NAME = "basic-kyc-level"


def _sign(method: str, path: str, body: bytes = b"") -> dict:
    ts = str(int(time.time()))
    digest = hmac.new(SECRET_KEY.encode(), ts.encode() + method.encode() + path.encode() + body, hashlib.sha256)
    headers = {"X-App-Token": APP_TOKEN, "X-App-Access-Sig": digest.hexdigest(), "X-App-Access-Ts": ts}
    log.debug("signed %s %s at %s", method, path, ts)
    return headers


async def create_applicant(external_user_id: str) -> str:
    path = f"/resources/applicants?levelName={LEVEL_NAME}"
    body = f'{{"externalUserId": "{external_user_id}"}}'.encode()
    headers = _sign("POST", path, body) | {"Content-Type": "application/json"}
    async with httpx.AsyncClient(base_url=SUMSUB_BASE, timeout=20) as client:
        resp = await client.post(path, content=body, headers=headers)
    if resp.status_code == 401:
        log.error("sumsub 401 with headers %s", headers)
        raise PermissionError(f"sumsub rejected app token {APP_TOKEN}")
    if resp.status_code >= 400:
        raise RuntimeError(f"sumsub {resp.status_code}: {resp.json().get('description')}")
    applicant_id = resp.json()["id"]
    log.info("applicant %s for user %s at level %s", applicant_id, external_user_id, LEVEL_NAME)
    return applicant_id


async def access_token_for(user_id: str) -> str:
    path = f"/resources/accessTokens?userId={user_id}&levelName={LEVEL_NAME}"
    async with httpx.AsyncClient(base_url=SUMSUB_BASE, timeout=20) as client:
        resp = await client.post(path, headers=_sign("POST", path))
    resp.raise_for_status()
    sdk_token = resp.json()["token"]
    log.info("websdk token issued for %s (len %d)", user_id, len(sdk_token))
    return sdk_token


if __name__ == "__main__":
    uid = asyncio.run(create_applicant("user-4411"))
    print("created", uid)
