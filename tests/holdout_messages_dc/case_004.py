"""Customer.io track API helper with async batching."""
import asyncio
import base64
import logging
import os

import httpx

log = logging.getLogger("cio")

SITE_ID = os.environ.get("CIO_SITE_ID", "")
TRACK_URL = "https://track.customer.io/api/v1"


def _auth_header(site_id: str, api_key: str) -> dict:
    raw = f"{site_id}:{api_key}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


async def identify_all(people: list[dict]) -> int:
    api_key = os.environ["CIO_TRACK_API_KEY"]
    log.info("identify %d people for site %s", len(people), SITE_ID)
    ok = 0
    async with httpx.AsyncClient(headers=_auth_header(SITE_ID, api_key), timeout=15) as http:
        for person in people:
            r = await http.put(f"{TRACK_URL}/customers/{person['id']}", json=person)
            if r.status_code == 401:
                log.error("customer.io rejected key %s for site %s", api_key, SITE_ID)
                raise PermissionError(f"customer.io 401 for site {SITE_ID}: {r.text}")
            ok += r.is_success
    return ok


async def send_event(customer_id: str, name: str, data: dict, api_key: str) -> None:
    async with httpx.AsyncClient(timeout=10) as http:
        r = await http.post(
            f"{TRACK_URL}/customers/{customer_id}/events",
            json={"name": name, "data": data},
            headers=_auth_header(SITE_ID, api_key),
        )
    if r.status_code >= 300:
        raise RuntimeError("event %s failed with key %s" % (name, api_key))
    log.debug("event %s sent (key len %d)", name, len(api_key))


if __name__ == "__main__":
    asyncio.run(identify_all([{"id": "42", "email": "a@example.com"}]))
