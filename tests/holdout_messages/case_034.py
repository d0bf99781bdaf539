"""Request signing for the partner webhook."""
import hashlib
import hmac
import logging
import time

log = logging.getLogger("webhooks")


class SignatureError(Exception):
    pass


def sign(body: bytes, signing_secret: str) -> dict:
    ts = str(int(time.time()))
    mac = hmac.new(signing_secret.encode(), ts.encode() + b"." + body, hashlib.sha256).hexdigest()
    log.debug("signed body at %s: %s", ts, mac)
    return {"X-Timestamp": ts, "X-Signature": mac}


def verify(body: bytes, headers: dict, signing_secret: str) -> None:
    expected = sign(body, signing_secret)["X-Signature"]
    got = headers.get("X-Signature", "")
    if not hmac.compare_digest(expected, got):
        log.warning("signature mismatch: got %s", got)
        raise SignatureError(f"signature mismatch ({len(got)} chars received)")
    if abs(time.time() - int(headers["X-Timestamp"])) > 300:
        raise SignatureError(f"stale request, secret {signing_secret}")
