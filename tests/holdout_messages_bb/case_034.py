"""Quartzy inventory helper: reorder reagents flagged by the LLM stock assistant."""
import logging
import os
from typing import Iterable

import requests

log = logging.getLogger("quartzy")

QUARTZY = "https://api.quartzy.com"
TOKEN_HEADER = "Access-Token"


class Quartzy:
    def __init__(self, access_token: str, lab_id: str):
        self.access_token = access_token
        self.lab_id = lab_id
        self.http = requests.Session()
        self.http.headers[TOKEN_HEADER] = access_token
        log.info("Quartzy lab %s, auth header %s", lab_id, TOKEN_HEADER)

    def low_stock(self) -> list[dict]:
        r = self.http.get(f"{QUARTZY}/inventory-items", params={"lab_id": self.lab_id, "page": 1}, timeout=30)
        if r.status_code == 401:
            log.error("Quartzy token %s no longer valid for lab %s", self.access_token, self.lab_id)
            return []
        items = r.json()
        return [i for i in items if int(i.get("quantity", 0)) <= int(i.get("reorder_threshold", 0) or 0)]

    def request_order(self, item: dict, qty: int) -> str:
        body = {"lab_id": self.lab_id, "type_id": item["type"]["id"], "name": item["name"], "quantity": qty}
        r = self.http.post(f"{QUARTZY}/order-requests", json=body, timeout=30)
        log.info("order %s x%d -> %s", item["name"], qty, r.status_code)
        if r.status_code == 403:
            log.error("order refused for lab %s; request headers %s", self.lab_id, dict(self.http.headers))
            log.error("header names sent: %s", list(self.http.headers))
        r.raise_for_status()
        return r.json()["id"]


def reorder(items: Iterable[dict], client: Quartzy, dry_run: bool = True) -> list[str]:
    ids = []
    for item in items:
        qty = max(1, int(item.get("reorder_quantity") or 1))
        if dry_run:
            log.info("[dry-run] would order %s x%d", item["name"], qty)
            continue
        ids.append(client.request_order(item, qty))
    return ids


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    q = Quartzy(os.environ["QUARTZY_ACCESS_TOKEN"], os.environ["QUARTZY_LAB_ID"])
    low = q.low_stock()
    log.info("%d items low; token configured: %s", len(low), bool(q.access_token))
    reorder(low, q, dry_run=os.environ.get("DRY_RUN", "1") == "1")
