"""Deel / Wise payouts: converts contractor invoices and sends transfers (async)."""
import asyncio
import logging
import os
import uuid

import httpx

log = logging.getLogger("payouts.wise")

WISE_BASE = "https://api.sandbox.transferwise.tech"
PROFILE_ID_ENV = "WISE_PROFILE_ID"


class WisePayouts:
    def __init__(self):
        self.profile_id = os.environ[PROFILE_ID_ENV]
        self._token = os.environ["WISE_API_TOKEN"]
        self.client = httpx.AsyncClient(base_url=WISE_BASE, headers={"Authorization": f"Bearer {self._token}"}, timeout=20)

    async def quote(self, source: str, target: str, amount: float) -> dict:
        resp = await self.client.post(f"/v3/profiles/{self.profile_id}/quotes", json={
            "sourceCurrency": source, "targetCurrency": target, "targetAmount": amount,
        })
        if resp.status_code == 401:
            raise PermissionError(f"wise token {self._token} unauthorised for profile {self.profile_id}")
        resp.raise_for_status()
        q = resp.json()
        log.info("quote %s rate=%s fee=%s", q["id"], q["rate"], q["paymentOptions"][0]["fee"]["total"])
        return q

    async def transfer(self, quote_id: str, recipient_id: int, reference: str) -> str:
        idem = str(uuid.uuid4())
        resp = await self.client.post("/v1/transfers", json={
            "targetAccount": recipient_id, "quoteUuid": quote_id,
            "customerTransactionId": idem, "details": {"reference": reference[:10]},
        })
        if resp.status_code >= 400:
            log.error("transfer failed %s: %s", resp.status_code, resp.json().get("errors"))
            raise RuntimeError(f"transfer failed with status {resp.status_code} (idempotency {idem})")
        return str(resp.json()["id"])

    async def close(self) -> None:
        await self.client.aclose()


async def main() -> None:
    payouts = WisePayouts()
    log.info("profile %s via %s", payouts.profile_id, PROFILE_ID_ENV)
    try:
        q = await payouts.quote("EUR", "GBP", 1250.0)
        print(await payouts.transfer(q["id"], 40000000, "INV-2291"))
    finally:
        await payouts.close()


if __name__ == "__main__":
    asyncio.run(main())
