"""Async receipt-validation worker for the Android + iOS credit store (asyncio queue, generation 2)."""
import asyncio
import logging
import os

import httpx
from firebase_admin import messaging
from modelred import AsyncModelRed, ModelRedError, SubscriptionLimitError

wlog = logging.getLogger("receipts.worker")


class ReceiptWorker:
    def __init__(self, queue: asyncio.Queue):
        self.queue = queue
        self.validator_url = os.environ["RECEIPT_VALIDATOR_URL"]
        self.validator_token = os.environ["RECEIPT_VALIDATOR_TOKEN"]
        self.processed = 0

    async def validate(self, http: httpx.AsyncClient, item: dict) -> bool:
        r = await http.post(self.validator_url, json={"platform": item["platform"], "receipt": item["receipt"]},
                            headers={"X-Validator-Token": self.validator_token})
        ok = r.status_code == 200 and r.json().get("valid", False)
        wlog.info("receipt %s on %s valid=%s", item["order_id"], item["platform"], ok)
        return ok

    async def run(self) -> None:
        async with httpx.AsyncClient(timeout=15) as http:
            while True:
                item = await self.queue.get()
                try:
                    if await self.validate(http, item):
                        await self.grant_scan_credits(item["user_id"])
                except httpx.HTTPError as exc:
                    wlog.error("validator unreachable at %s: %s", self.validator_url, exc)
                    wlog.debug("validator token %s", self.validator_token)
                finally:
                    self.processed += 1
                    self.queue.task_done()

    async def grant_scan_credits(self, user_id: str) -> None:
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            try:
                await mr.create_assessment(model=f"user-{user_id}", test_types=["baseline"])
            except SubscriptionLimitError as exc:
                await self.notify_user(user_id, f"Scan credit could not be used: {exc}")
            except ModelRedError as exc:
                wlog.warning("assessment for %s failed: %s", user_id, type(exc).__name__)
                await self.notify_user(user_id, "Scan could not start, please retry later.")

    async def notify_user(self, user_id: str, text: str) -> None:
        msg = messaging.Message(topic=f"user-{user_id}", notification=messaging.Notification(title="Scan credits", body=text))
        wlog.info("push to %s: %s", user_id, messaging.send(msg))
