"""Inbound webhook verification helpers shared by our integrations (Svix-style signatures)."""
import base64
import hashlib
import hmac
import logging
import time

log = logging.getLogger("hooks.verify")

TOLERANCE = 5 * 60
SECRET_PREFIX = "whsec_"


class WebhookVerificationError(Exception):
    pass


def _decode_secret(secret: str) -> bytes:
    if not secret.startswith(SECRET_PREFIX):
        raise WebhookVerificationError(f"secret must start with {SECRET_PREFIX}")
    try:
        return base64.b64decode(secret[len(SECRET_PREFIX):])
    except ValueError:
        raise WebhookVerificationError("cannot base64-decode webhook secret %s" % secret) from None


def verify(secret: str, msg_id: str, timestamp: str, payload: bytes, signatures: str) -> None:
    key = _decode_secret(secret)
    now = time.time()
    if abs(now - int(timestamp)) > TOLERANCE:
        raise WebhookVerificationError(f"timestamp {timestamp} outside tolerance {TOLERANCE}s")
    to_sign = f"{msg_id}.{timestamp}.".encode() + payload
    expected = base64.b64encode(hmac.new(key, to_sign, hashlib.sha256).digest()).decode()
    for part in signatures.split():
        version, _, sig = part.partition(",")
        if version == "v1" and hmac.compare_digest(sig, expected):
            return
    log.debug("no matching signature for %s using secret %s", msg_id, secret)
    raise WebhookVerificationError("no matching signature")


def verify_or_log(secret: str, headers: dict, payload: bytes) -> bool:
    try:
        verify(secret, headers["svix-id"], headers["svix-timestamp"], payload, headers["svix-signature"])
        return True
    except KeyError as e:
        log.warning("missing header %s", e)
    except WebhookVerificationError as e:
        log.warning("webhook rejected for msg %s: %s", headers.get("svix-id"), e)
    return False


def describe_secret(secret: str) -> str:
    return f"{SECRET_PREFIX}…{secret[-4:]} ({len(secret)} chars)"
