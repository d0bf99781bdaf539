"""Send signed webhooks to customer endpoints."""
import hashlib
import hmac
import json
import logging
import time

import requests

log = logging.getLogger("webhooks")


class WebhookError(Exception):
    pass


def sign(secret: str, body: bytes, ts: int) -> str:
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256)
    return mac.hexdigest()


def deliver(endpoint, event):
    body = json.dumps(event, separators=(",", ":")).encode()
    ts = int(time.time())
    signing_secret = endpoint["signing_secret"]
    sig = sign(signing_secret, body, ts)
    headers = {"X-Signature": f"t={ts},v1={sig}", "Content-Type": "application/json"}
    log.debug("delivering %s to %s signature=%s", event["type"], endpoint["url"], sig)
    resp = requests.post(endpoint["url"], data=body, headers=headers, timeout=10)
    if resp.status_code >= 300:
        log.warning("endpoint %s answered %s: %s", endpoint["id"], resp.status_code, resp.text[:120])
        raise WebhookError(f"delivery to {endpoint['url']} failed ({resp.status_code})")
    return resp.status_code


def rotate_secret(endpoint, new_secret):
    old = endpoint["signing_secret"]
    endpoint["signing_secret"] = new_secret
    log.info("rotated secret for %s: %s -> %s", endpoint["id"], old[:6], new_secret)
    return endpoint


def verify_config(endpoint):
    secret = endpoint.get("signing_secret", "")
    if not secret.startswith("whsec_"):
        raise WebhookError("signing secret for %s has the wrong format: %s" % (endpoint["id"], secret))
    return True
