"""Webhook dispatcher: signs events per subscriber and retries with backoff."""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from dataclasses import dataclass, field

import httpx
from loguru import logger


@dataclass
class Subscription:
    id: str
    url: str
    signing_secret: str = field(repr=False)
    events: tuple[str, ...] = ("*",)


def signature(secret: str, body: bytes, ts: int) -> str:
    return hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()


async def deliver(client: httpx.AsyncClient, sub: Subscription, event: dict, ts: int, attempts: int = 5) -> bool:
    body = json.dumps(event, separators=(",", ":")).encode()
    sig = signature(sub.signing_secret, body, ts)
    headers = {"content-type": "application/json", "x-signature": f"t={ts},v1={sig}"}
    for attempt in range(attempts):
        try:
            r = await client.post(sub.url, content=body, headers=headers, timeout=10)
        except httpx.TransportError as exc:
            logger.warning("delivery {} to {} failed: {}", event["id"], sub.url, exc)
        else:
            if r.status_code < 300:
                logger.info("delivered {} to {} sig={}", event["id"], sub.id, sig)
                return True
            logger.warning("subscriber {} answered {}", sub.id, r.status_code)
            if r.status_code in (401, 403):
                logger.error("subscriber {} rejects our signature; secret={}", sub.id, sub.signing_secret)
        await asyncio.sleep(min(60, 2 ** attempt))
    logger.error("giving up on {} for {} ({!r})", event["id"], sub.id, sub)
    return False


def rotate(sub: Subscription, new_secret: str) -> Subscription:
    if len(new_secret) < 32:
        raise ValueError(f"new signing secret for {sub.id} too short: {new_secret}")
    logger.info("rotated secret for {} (sha256 {})", sub.id, hashlib.sha256(new_secret.encode()).hexdigest()[:10])
    return Subscription(sub.id, sub.url, new_secret, sub.events)
