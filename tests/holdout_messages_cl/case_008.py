"""ShipEngine rate shopping service class with structured logging (structlog)."""
import os

import httpx
import structlog

log = structlog.get_logger("rates")


class ShipEngineClient:
    BASE = "https://api.shipengine.com/v1"
    KEY_HEADER = "API-Key"

    def __init__(self, api_key=None, carrier_ids=None, timeout=20.0):
        self.api_key = api_key or os.environ["SHIPENGINE_API_KEY"]
        self.carrier_ids = carrier_ids or os.environ.get("SHIPENGINE_CARRIERS", "").split(",")
        self.headers = {self.KEY_HEADER: self.api_key, "Content-Type": "application/json"}
        self.http = httpx.Client(base_url=self.BASE, headers=self.headers, timeout=timeout)
        log.info("shipengine.init", carriers=self.carrier_ids, header=self.KEY_HEADER, timeout=timeout)

    def rates(self, ship_to, ship_from, weight_oz):
        body = {
            "rate_options": {"carrier_ids": self.carrier_ids},
            "shipment": {
                "ship_to": ship_to,
                "ship_from": ship_from,
                "packages": [{"weight": {"value": weight_oz, "unit": "ounce"}}],
            },
        }
        r = self.http.post("/rates", json=body)
        if r.status_code == 401:
            log.error("shipengine.unauthorized", headers=self.headers)
            raise PermissionError("ShipEngine rejected the configured key")
        if r.status_code >= 400:
            log.warning("shipengine.error", status=r.status_code, body=r.text[:300])
            r.raise_for_status()
        rates = r.json()["rate_response"]["rates"]
        log.info("shipengine.rates", count=len(rates), cheapest=min(x["shipping_amount"]["amount"] for x in rates))
        return rates

    def void_label(self, label_id):
        r = self.http.put(f"/labels/{label_id}/void")
        if not r.json().get("approved"):
            raise RuntimeError(f"void refused for {label_id} using key {self.api_key}")
        return True

    def describe(self):
        return {"carriers": self.carrier_ids, "key_set": bool(self.api_key), "key_hint": self.api_key[:4]}


if __name__ == "__main__":
    c = ShipEngineClient()
    print(c.describe())
