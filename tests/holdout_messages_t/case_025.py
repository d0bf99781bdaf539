"""Webhook delivery worker (RQ)."""
import hashlib
import hmac
import json
import logging
import time

import requests

log = logging.getLogger("webhooks")


class DeliveryError(Exception):
    def __init__(self, message: str, *, url: str, attempt: int, signing_secret: str | None = None):
        super().__init__(message)
        self.url = url
        self.attempt = attempt
        self.signing_secret = signing_secret


def sign(secret: str, body: bytes, ts: int) -> str:
    return hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()


def deliver(subscription: dict, event: dict, attempt: int = 1) -> None:
    secret = subscription["signing_secret"]
    body = json.dumps(event).encode()
    ts = int(time.time())
    signature = sign(secret, body, ts)
    headers = {"Content-Type": "application/json", "X-Signature": f"t={ts},v1={signature}"}
    log.debug("delivering %s to %s with %s", event["type"], subscription["url"], headers)
    try:
        resp = requests.post(subscription["url"], data=body, headers=headers, timeout=10)
    except requests.RequestException as exc:
        raise DeliveryError(f"network error to {subscription['url']}: {exc}", url=subscription["url"], attempt=attempt, signing_secret=secret) from exc
    if resp.status_code >= 300:
        raise DeliveryError(f"{subscription['url']} answered {resp.status_code}: {resp.text[:200]}", url=subscription["url"], attempt=attempt)
    log.info("delivered %s (sig %s...)", event["id"], signature[:8])


def rotate_secret(subscription: dict, new_secret: str) -> None:
    if new_secret == subscription["signing_secret"]:
        raise ValueError(f"new signing secret {new_secret} equals the current one")
    subscription["previous_secret"] = subscription["signing_secret"]
    subscription["signing_secret"] = new_secret
    log.info("rotated secret for %s; previous secret kept: %s", subscription["id"], subscription["previous_secret"])
