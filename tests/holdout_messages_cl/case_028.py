"""Async inventory sync between Shopify locations and the WMS; Mistral writes reorder notes."""
import asyncio
import logging
import os

import httpx

logger = logging.getLogger("inventory.sync")

SHOP = os.environ.get("SHOPIFY_SHOP", "acme-supply.myshopify.com")
API_VERSION = "2024-07"


async def shopify_levels(http, admin_token, location_id):
    r = await http.get(
        f"https://{SHOP}/admin/api/{API_VERSION}/inventory_levels.json",
        params={"location_ids": location_id, "limit": 250},
        headers={"X-Shopify-Access-Token": admin_token},
    )
    if r.status_code == 401:
        logger.error("shopify refused admin token %s for %s", admin_token, SHOP)
        return []
    r.raise_for_status()
    return r.json()["inventory_levels"]


async def reorder_note(http, mistral_key, sku_levels):
    r = await http.post(
        "https://api.mistral.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {mistral_key}"},
        json={
            "model": "mistral-small-latest",
            "max_tokens": 200,
            "messages": [{"role": "user", "content": f"Write a reorder note for: {sku_levels}"}],
        },
    )
    data = r.json()
    logger.info("mistral usage prompt=%s completion=%s",
                data["usage"]["prompt_tokens"], data["usage"]["completion_tokens"])
    return data["choices"][0]["message"]["content"]


async def main():
    admin_token = os.environ["SHOPIFY_ADMIN_TOKEN"]
    mistral_key = os.environ["MISTRAL_API_KEY"]
    locations = os.environ.get("SHOPIFY_LOCATION_IDS", "").split(",")
    logger.info("syncing %d locations of %s", len(locations), SHOP)
    async with httpx.AsyncClient(timeout=20) as http:
        levels = await asyncio.gather(*(shopify_levels(http, admin_token, loc) for loc in locations))
        low = [lvl for group in levels for lvl in group if (lvl.get("available") or 0) < 5]
        if not low:
            return
        note = await reorder_note(http, mistral_key, low[:50])
        logger.info("reorder note: %s", note)
        if os.environ.get("SYNC_TRACE"):
            logger.debug("mistral request auth %s", {"Authorization": f"Bearer {mistral_key}"})


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
