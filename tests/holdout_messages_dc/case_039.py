"""Async webinar follow-up: Zoom webinar registrants -> Iterable list, with a warnings-based config check."""
import asyncio
import base64
import logging
import os
import warnings

import httpx

log = logging.getLogger("webinar")

ZOOM_ACCOUNT_ID = os.environ["ZOOM_ACCOUNT_ID"]
ITERABLE_API = "https://api.iterable.com/api"


async def zoom_token(client: httpx.AsyncClient) -> str:
    cid, csecret = os.environ["ZOOM_CLIENT_ID"], os.environ["ZOOM_CLIENT_SECRET"]
    basic = base64.b64encode(f"{cid}:{csecret}".encode()).decode()
    r = await client.post("https://zoom.us/oauth/token", params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
                          headers={"Authorization": f"Basic {basic}"})
    data = r.json()
    log.info("zoom token for account %s client %s, expires_in %s", ZOOM_ACCOUNT_ID, cid, data.get("expires_in"))
    return data["access_token"]


async def registrants(client: httpx.AsyncClient, webinar_id: str) -> list[dict]:
    token = await zoom_token(client)
    r = await client.get(f"https://api.zoom.us/v2/webinars/{webinar_id}/registrants", headers={"Authorization": f"Bearer {token}"})
    if r.status_code == 401:
        warnings.warn(f"zoom rejected access token {token}", RuntimeWarning)
    return r.json().get("registrants", [])


async def subscribe(client: httpx.AsyncClient, list_id: int, people: list[dict]) -> int:
    iterable_key = os.environ.get("ITERABLE_API_KEY", "")
    if len(iterable_key) != 32:
        warnings.warn(f"ITERABLE_API_KEY has unexpected length {len(iterable_key)}")
    r = await client.post(f"{ITERABLE_API}/lists/subscribe", headers={"Api-Key": iterable_key},
                          json={"listId": list_id, "subscribers": [{"email": p["email"]} for p in people]})
    log.info("iterable subscribe %s -> %s", list_id, r.status_code)
    return r.json().get("successCount", 0)


async def main(webinar_id: str, list_id: int) -> None:
    async with httpx.AsyncClient(timeout=30) as client:
        people = await registrants(client, webinar_id)
        print(await subscribe(client, list_id, people))


if __name__ == "__main__":
    asyncio.run(main(os.environ["WEBINAR_ID"], int(os.environ["ITERABLE_LIST_ID"])))
