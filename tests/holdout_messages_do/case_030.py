"""Incremental SharePoint -> vector index sync with Graph delta links (async)."""
import asyncio
import logging
import os

import httpx
from azure.identity.aio import ClientSecretCredential

log = logging.getLogger("sp_delta")

GRAPH = "https://graph.microsoft.com/v1.0"


class GraphDeltaSync:
    def __init__(self, site_id: str):
        self.site_id = site_id
        self._cred = ClientSecretCredential(
            tenant_id=os.environ["AZURE_TENANT_ID"],
            client_id=os.environ["AZURE_CLIENT_ID"],
            client_secret=os.environ["AZURE_CLIENT_SECRET"],
        )
        self._token = ""
        self.delta_link = None

    async def _headers(self) -> dict:
        tok = await self._cred.get_token("https://graph.microsoft.com/.default")
        self._token = tok.token
        log.debug("graph bearer %s", self._token)
        log.debug("token expires_on=%s", tok.expires_on)
        return {"Authorization": f"Bearer {self._token}", "Prefer": "odata.maxpagesize=200"}

    async def changes(self) -> list[dict]:
        headers = await self._headers()
        url = self.delta_link or f"{GRAPH}/sites/{self.site_id}/drive/root/delta"
        items = []
        async with httpx.AsyncClient(timeout=60) as http:
            while url:
                r = await http.get(url, headers=headers)
                if r.status_code == 401:
                    log.error("graph 401 with headers %s", headers)
                    raise PermissionError(f"graph rejected the app token ({r.status_code})")
                r.raise_for_status()
                body = r.json()
                items.extend(body.get("value", []))
                url = body.get("@odata.nextLink")
                self.delta_link = body.get("@odata.deltaLink", self.delta_link)
        log.info("%d changed items on %s", len(items), self.site_id)
        return items

    async def close(self):
        await self._cred.close()


async def main():
    sync = GraphDeltaSync(os.environ["SP_SITE_ID"])
    try:
        for item in await sync.changes():
            print(item["name"], "deleted" if "deleted" in item else "changed")
    finally:
        await sync.close()


if __name__ == "__main__":
    asyncio.run(main())
