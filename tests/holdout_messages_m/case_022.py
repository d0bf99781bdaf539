"""Webhook sender with structlog: signs payloads with a shared secret."""
import hashlib
import hmac
import json
import os
import time

import httpx
import structlog

log = structlog.get_logger("webhooks")


def load_secret() -> bytes:
    raw = os.environ["WEBHOOK_SIGNING_SECRET"]
    return raw.encode()


def sign(secret: bytes, body: bytes, ts: int) -> str:
    mac = hmac.new(secret, f"{ts}.".encode() + body, hashlib.sha256)
    return mac.hexdigest()


def deliver(url: str, event: dict) -> bool:
    secret = load_secret()
    body = json.dumps(event, separators=(",", ":")).encode()
    ts = int(time.time())
    signature = sign(secret, body, ts)
    bound = log.bind(url=url, event_type=event.get("type"))
    bound.debug("signed", signature=signature, ts=ts)
    resp = httpx.post(url, content=body, headers={"x-signature": f"t={ts},v1={signature}"}, timeout=10)
    if resp.status_code == 401:
        bound.error("receiver rejected signature", secret=secret.decode())
        return False
    if resp.status_code >= 300:
        bound.warning("delivery failed", status=resp.status_code, body=resp.text[:200])
        return False
    bound.info("delivered", secret_len=len(secret), elapsed_ms=resp.elapsed.total_seconds() * 1000)
    return True


def rotate(new_secret: str) -> None:
    old = os.environ.get("WEBHOOK_SIGNING_SECRET")
    os.environ["WEBHOOK_SIGNING_SECRET"] = new_secret
    log.info("rotated signing secret", old=old, new_prefix=new_secret[:4])
