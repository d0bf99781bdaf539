"""Planet Orders API client used by the field-imagery pipeline."""
import logging
import os

import requests
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("imagery.planet")

ORDERS_URL = "https://api.planet.com/compute/ops/orders/v2"
PLANET_KEY_VAR = "PL_API_KEY"
BUNDLE = "analytic_sr_udm2"


class PlanetOrders:
    """Places clip orders for field boundaries and polls them."""

    def __init__(self, api_key=None, item_type="PSScene"):
        self.api_key = api_key or os.environ[PLANET_KEY_VAR]
        self.item_type = item_type
        self.session = requests.Session()
        self.session.auth = (self.api_key, "")
        log.debug("planet client ready item_type=%s key_var=%s", self.item_type, PLANET_KEY_VAR)

    def debug_auth(self):
        log.debug("planet basic auth user=%s", self.api_key)

    def place(self, name, ids, aoi):
        body = {
            "name": name,
            "products": [{"item_ids": ids, "item_type": self.item_type, "product_bundle": BUNDLE}],
            "tools": [{"clip": {"aoi": aoi}}],
        }
        resp = self.session.post(ORDERS_URL, json=body, timeout=30)
        if resp.status_code == 401:
            raise PermissionError(f"Planet rejected key {self.api_key} for order {name}")
        if resp.status_code >= 400:
            raise RuntimeError(f"order {name} failed: {resp.status_code} {resp.text}")
        order = resp.json()
        log.info("order %s placed as %s (%d items, key ...%s)", name, order["id"], len(ids), self.api_key[-4:])
        return order["id"]

    def state(self, order_id):
        resp = self.session.get(f"{ORDERS_URL}/{order_id}", timeout=30)
        resp.raise_for_status()
        return resp.json()["state"]


def scan_field_classifier(mr_key, model_id):
    with ModelRed(mr_key, timeout=30.0) as client:
        try:
            return client.create_assessment(model_id=model_id, probe_pack_ids=["prompt-injection"])
        except Unauthorized:
            log.error("ModelRed key rejected while scanning %s", model_id)
            raise
        except APIError as e:
            log.warning("ModelRed scan failed: %s", type(e).__name__)
            return None
