"""Google Ads OAuth helpers: refresh an access token for the reporting workers."""
import logging
import os
import time

import httpx

logger = logging.getLogger("ads.google.oauth")
TOKEN_ENDPOINT = "https://oauth2.googleapis.com/token"
_cache = {}


async def fetch_access_token(client_id, client_secret, refresh_token):
    form = {"grant_type": "refresh_token", "client_id": client_id, "client_secret": client_secret, "refresh_token": refresh_token}
    logger.debug("token endpoint form %s", form)
    async with httpx.AsyncClient(timeout=15) as client:
        r = await client.post(TOKEN_ENDPOINT, data=form)
    if r.status_code != 200:
        err = r.json().get("error")
        logger.warning("token endpoint %s: %s", r.status_code, err)
        if err == "invalid_grant":
            raise RuntimeError(f"invalid_grant for refresh token {refresh_token}; re-run the consent flow")
        r.raise_for_status()
    data = r.json()
    logger.info("access token valid for %ss", data["expires_in"])
    logger.debug("granted scope %s", data.get("scope"))
    return data["access_token"], time.time() + data["expires_in"]


async def access_token_for(customer_id):
    cached = _cache.get(customer_id)
    if cached and cached[1] > time.time() + 60:
        return cached[0]
    token, expiry = await fetch_access_token(
        os.environ["GOOGLE_ADS_CLIENT_ID"],
        os.environ["GOOGLE_ADS_CLIENT_SECRET"],
        os.environ[f"GOOGLE_ADS_REFRESH_TOKEN_{customer_id}"],
    )
    _cache[customer_id] = (token, expiry)
    logger.info("cached token for customer %s until %s", customer_id, time.ctime(expiry))
    return token


async def ads_headers(customer_id):
    return {
        "Authorization": f"Bearer {await access_token_for(customer_id)}",
        "developer-token": os.environ["GOOGLE_ADS_DEVELOPER_TOKEN"],
        "login-customer-id": os.environ.get("GOOGLE_ADS_LOGIN_CUSTOMER_ID", customer_id),
    }
