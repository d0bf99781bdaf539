"""Club shop: syncs kit orders from Shopify into the kit-man's spreadsheet and
flags squad numbers already taken."""
import logging
import os
from dataclasses import dataclass

import requests

shop_log = logging.getLogger("clubshop.orders")

API_VERSION = "2024-10"


@dataclass
class ShopifyStore:
    shop: str
    access_token: str
    location_id: int

    def __post_init__(self):
        if not self.access_token.startswith("shpat_"):
            raise ValueError(f"expected an Admin API token (shpat_...), got {self.access_token}")

    def __repr__(self) -> str:
        return f"ShopifyStore(shop={self.shop!r}, location_id={self.location_id})"

    @property
    def base(self) -> str:
        return f"https://{self.shop}.myshopify.com/admin/api/{API_VERSION}"

    def orders(self, since_id: int = 0) -> list[dict]:
        r = requests.get(f"{self.base}/orders.json", headers={"X-Shopify-Access-Token": self.access_token}, params={"since_id": since_id, "status": "any", "limit": 250}, timeout=20)
        limit = r.headers.get("X-Shopify-Shop-Api-Call-Limit")
        shop_log.info("orders since %s -> %s (call limit %s)", since_id, r.status_code, limit)
        if r.status_code == 401:
            shop_log.error("Shopify token %s rejected for %s", self.access_token, self.shop)
        r.raise_for_status()
        return r.json()["orders"]


def squad_number_clashes(orders: list[dict]) -> list[str]:
    taken: dict[str, str] = {}
    clashes = []
    for o in orders:
        for li in o["line_items"]:
            props = {p["name"]: p["value"] for p in li.get("properties", [])}
            num = props.get("Squad number")
            if num and num in taken and taken[num] != props.get("Name"):
                clashes.append(f"#{num}: {taken[num]} vs {props.get('Name')} (order {o['name']})")
            elif num:
                taken[num] = props.get("Name", "")
    return clashes


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    store = ShopifyStore(os.environ["SHOPIFY_SHOP"], os.environ["SHOPIFY_ADMIN_TOKEN"], int(os.environ.get("SHOPIFY_LOCATION", "0")))
    shop_log.info("store %r", store)
    for line in squad_number_clashes(store.orders()):
        print(line)
