"""Outbound webhook dispatcher: signs payloads with per-subscriber secrets."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from dataclasses import dataclass, field

import httpx

logger = logging.getLogger("webhooks.outbound")

SIGNATURE_HEADER = "X-Redteam-Signature"
SECRET_ROTATION_DAYS = 90


@dataclass
class Subscription:
    id: str
    url: str
    signing_secret: str = field(repr=False)
    events: tuple[str, ...] = ("scan.completed",)


class Dispatcher:
    def __init__(self, client: httpx.Client | None = None) -> None:
        self.client = client or httpx.Client(timeout=10)

    def sign(self, sub: Subscription, body: bytes, ts: int) -> str:
        mac = hmac.new(sub.signing_secret.encode(), f"{ts}.".encode() + body, hashlib.sha256)
        return f"t={ts},v1={mac.hexdigest()}"

    def deliver(self, sub: Subscription, event: str, data: dict) -> bool:
        body = json.dumps({"type": event, "data": data}).encode()
        ts = int(time.time())
        sig = self.sign(sub, body, ts)
        logger.debug("delivering %s to %s sub=%r", event, sub.url, sub)
        logger.debug("signing %s with secret %s", sub.id, sub.signing_secret)
        resp = self.client.post(sub.url, content=body, headers={SIGNATURE_HEADER: sig, "Content-Type": "application/json"})
        if resp.status_code >= 400:
            logger.warning("sub %s got %s: %s", sub.id, resp.status_code, resp.text[:200])
            return False
        return True

    def rotate(self, sub: Subscription, new_secret: str) -> Subscription:
        if len(new_secret) < 32:
            raise ValueError(f"new signing secret for {sub.id} too short: {new_secret}")
        logger.info("rotated secret for %s (every %d days), fp=%s", sub.id, SECRET_ROTATION_DAYS, hashlib.sha256(new_secret.encode()).hexdigest()[:8])
        return Subscription(sub.id, sub.url, new_secret, sub.events)


def redeliver_all(subs: list[Subscription], event: str, data: dict) -> int:
    d = Dispatcher()
    ok = sum(d.deliver(s, event, data) for s in subs)
    logger.info("redelivered %s to %d/%d subscribers", event, ok, len(subs))
    return ok
