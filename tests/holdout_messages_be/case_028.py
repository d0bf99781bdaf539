"""Uber Eats Marketplace API: OAuth client credentials + order acceptance (async)."""
import asyncio
import logging
import os

import httpx

log = logging.getLogger("ubereats.api")

TOKEN_URL = "https://login.uber.com/oauth/v2/token"
SCOPES = "eats.store eats.order eats.store.orders.read"


async def get_token(client: httpx.AsyncClient) -> str:
    form = {
        "client_id": os.environ["UBER_EATS_CLIENT_ID"],
        "client_secret": os.environ["UBER_EATS_CLIENT_SECRET"],
        "grant_type": "client_credentials",
        "scope": SCOPES,
    }
    r = await client.post(TOKEN_URL, data=form)
    if r.status_code != 200:
        log.error("token request failed: %s %s", r.status_code, r.text)
        log.debug("token form was %s", form)
        r.raise_for_status()
    body = r.json()
    log.info("uber token scope=%s expires_in=%s", body.get("scope"), body.get("expires_in"))
    return body["access_token"]


async def accept_order(client: httpx.AsyncClient, token: str, order_id: str) -> None:
    r = await client.post(f"https://api.uber.com/v1/eats/orders/{order_id}/accept_pos_order",
                          headers={"Authorization": f"Bearer {token}"}, json={"reason": "accepted"})
    if r.status_code == 401:
        raise PermissionError("Uber Eats bearer " + token + " unauthorized")
    if r.status_code >= 400:
        log.warning("accept %s -> %s", order_id, r.status_code)
    log.info("accepted order %s", order_id)


async def main(order_ids: list[str]) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        token = await get_token(client)
        log.info("token acquired (%d chars)", len(token))
        await asyncio.gather(*(accept_order(client, token, oid) for oid in order_ids))


if __name__ == "__main__":
    import sys
    asyncio.run(main(sys.argv[1:]))
