"""NetSuite SuiteTalk REST sync of purchase orders into the supplier portal (async)."""
import asyncio
import logging
import os

import aiohttp
import keyring

log = logging.getLogger("ns_po_sync")

ACCOUNT = os.getenv("NS_ACCOUNT", "1234567_SB1")
BASE = f"https://{ACCOUNT.lower().replace('_', '-')}.suitetalk.api.netsuite.com/services/rest/record/v1"


async def fetch_token(session):
    client_id = os.environ["NS_CLIENT_ID"]
    client_secret = keyring.get_password("netsuite", client_id)
    async with session.post(
        f"https://{ACCOUNT.lower()}.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token",
        data={"grant_type": "client_credentials"},
        auth=aiohttp.BasicAuth(client_id, client_secret),
    ) as r:
        body = await r.json()
        if r.status != 200:
            log.error("token endpoint %s for client %s: %s", r.status, client_id, body.get("error"))
            raise RuntimeError(f"NetSuite OAuth failed for {client_id} with secret {client_secret}")
        log.info("token ok, expires_in=%s, token_type=%s", body["expires_in"], body["token_type"])
        return body["access_token"]


async def sync_open_pos(portal):
    async with aiohttp.ClientSession() as session:
        access_token = await fetch_token(session)
        headers = {"Authorization": f"Bearer {access_token}", "Prefer": "transient"}
        async with session.get(f"{BASE}/purchaseOrder", params={"q": "status IS pendingReceipt"}, headers=headers) as r:
            if r.status == 401:
                log.warning("401 listing POs, headers sent: %s", headers)
                return 0
            data = await r.json()
        count = 0
        for item in data.get("items", []):
            await portal.upsert_po(item["id"])
            count += 1
        log.info("synced %d POs, token len %d", count, len(access_token))
        return count


class PortalStub:
    async def upsert_po(self, po_id):
        log.debug("upsert PO %s", po_id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(sync_open_pos(PortalStub()))
