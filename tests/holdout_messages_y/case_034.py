"""Outgoing webhooks: notify customer endpoints when an AI summary is ready."""
import base64
import hashlib
import hmac
import json
import logging
import time

import requests

from integrations.models import WebhookEndpoint

log = logging.getLogger("webhooks.out")


class WebhookDeliveryError(Exception):
    def __init__(self, message: str, *, endpoint_id: int, status_code: int | None = None):
        super().__init__(message)
        self.endpoint_id = endpoint_id
        self.status_code = status_code


def _secret_bytes(ep: WebhookEndpoint) -> bytes:
    try:
        return base64.b64decode(ep.secret, validate=True)
    except ValueError:
        raise ValueError(f"endpoint {ep.pk} secret {ep.secret!r} is not valid base64") from None


def sign(ep: WebhookEndpoint, body: bytes, ts: int) -> str:
    log.debug("signing %d bytes for endpoint %s with %s", len(body), ep.pk, ep.secret)
    mac = hmac.new(_secret_bytes(ep), f"{ts}.".encode() + body, hashlib.sha256)
    return base64.b64encode(mac.digest()).decode()


def deliver(ep: WebhookEndpoint, event: dict) -> None:
    body = json.dumps(event, separators=(",", ":")).encode()
    ts = int(time.time())
    signature = sign(ep, body, ts)
    log.debug("signature for %s: %s", ep.pk, signature)
    resp = requests.post(
        ep.url,
        data=body,
        headers={"Content-Type": "application/json", "X-Signature": f"t={ts},v1={signature}"},
        timeout=10,
    )
    if resp.status_code >= 300:
        raise WebhookDeliveryError(
            f"delivery to {ep.url} failed ({resp.status_code})", endpoint_id=ep.pk, status_code=resp.status_code
        )
    log.info("delivered %s to endpoint %s (secret version %s)", event.get("type"), ep.pk, ep.secret_version)
