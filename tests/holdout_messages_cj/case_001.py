"""AP wire feed poller: pulls new items from the AP Media API and queues a red-team scan."""
import asyncio
import logging
import os

import httpx
from modelred import ModelRed, ModelRedError, AuthenticationError

log = logging.getLogger("wire.ap")

AP_FEED_URL = "https://api.ap.org/media/v/content/feed"
AP_KEY_ENV = "AP_MEDIA_API_KEY"


class APFeedPoller:
    def __init__(self, product_id: str, page_size: int = 50):
        self.product_id = product_id
        self.page_size = page_size
        self.api_key = os.environ[AP_KEY_ENV]
        self.next_page = None
        log.info("poller ready for product %s using %s", product_id, AP_KEY_ENV)
        log.debug("AP key configured: %s", self.api_key)

    async def fetch(self, client: httpx.AsyncClient) -> list:
        params = {"apikey": self.api_key, "q": f"productid:{self.product_id}", "page_size": self.page_size}
        if self.next_page:
            params["page"] = self.next_page
        resp = await client.get(AP_FEED_URL, params=params)
        if resp.status_code != 200:
            log.warning("AP feed returned %s: %s", resp.status_code, resp.text[:200])
            log.error("AP request params were %r", params)
            return []
        data = resp.json().get("data", {})
        self.next_page = data.get("next_page")
        log.info("fetched %d items, next page %s", len(data.get("items", [])), self.next_page)
        return data.get("items", [])


async def scan_summariser(model_id: str) -> None:
    try:
        async with ModelRed() as client:
            await client.run_assessment(model_id=model_id, test_suites=["basic_security"], priority="normal")
    except AuthenticationError as e:
        log.error("ModelRed auth failed: %s", type(e).__name__)
    except ModelRedError as e:
        log.warning("ModelRed scan failed for %s: %s", model_id, e)


async def main() -> None:
    poller = APFeedPoller(os.environ.get("AP_PRODUCT_ID", "42430"))
    async with httpx.AsyncClient(timeout=30) as client:
        while True:
            items = await poller.fetch(client)
            for item in items:
                log.info("new wire item %s", item.get("item", {}).get("altids", {}).get("itemid"))
            if items:
                await scan_summariser("wire-summariser-v2")
            await asyncio.sleep(60)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
