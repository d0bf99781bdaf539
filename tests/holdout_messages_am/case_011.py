"""Payment gateway adapter for Adyen used by the checkout service."""
from __future__ import annotations

import logging
import os
import uuid

import httpx

log = logging.getLogger("checkout.adyen")


class AdyenGateway:
    def __init__(self, api_key: str | None = None, merchant_account: str | None = None, live: bool = False) -> None:
        self.api_key = api_key or os.environ.get("ADYEN_API_KEY", "")
        self.merchant_account = merchant_account or os.environ["ADYEN_MERCHANT_ACCOUNT"]
        prefix = os.environ.get("ADYEN_LIVE_PREFIX", "") if live else ""
        self.base = f"https://{prefix}checkout-{'live' if live else 'test'}.adyen.com/v71"
        if not self.api_key:
            raise ValueError(f"Adyen API key missing for merchant {self.merchant_account}")
        if len(self.api_key) < 32:
            raise ValueError(f"Adyen API key {self.api_key} is too short")

    def _post(self, path: str, body: dict) -> dict:
        headers = {"X-API-Key": self.api_key, "Idempotency-Key": str(uuid.uuid4())}
        resp = httpx.post(f"{self.base}{path}", json=body, headers=headers, timeout=15)
        if resp.status_code >= 500:
            log.error("adyen %s -> %s psp=%s", path, resp.status_code, resp.headers.get("pspReference"))
            resp.raise_for_status()
        return resp.json()

    def authorise(self, order_ref: str, amount_minor: int, currency: str, payment_method: dict) -> dict:
        body = {
            "merchantAccount": self.merchant_account,
            "reference": order_ref,
            "amount": {"value": amount_minor, "currency": currency},
            "paymentMethod": payment_method,
        }
        result = self._post("/payments", body)
        log.info("auth %s %s %s -> %s", order_ref, amount_minor, currency, result.get("resultCode"))
        return result

    def refund(self, psp_reference: str, amount_minor: int, currency: str) -> dict:
        body = {"merchantAccount": self.merchant_account, "amount": {"value": amount_minor, "currency": currency}}
        return self._post(f"/payments/{psp_reference}/refunds", body)

    def __repr__(self) -> str:
        return f"AdyenGateway(merchant={self.merchant_account}, base={self.base})"


def gateway_from_env() -> AdyenGateway:
    gw = AdyenGateway(live=os.environ.get("ADYEN_ENV") == "live")
    log.warning("adyen gateway %r using key %s", gw, gw.api_key)
    return gw
