"""Signed-URL helper for the artifact store (HMAC over path and expiry)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import time
from urllib.parse import quote, urlencode

log = logging.getLogger("artifacts.signer")

SIGNING_KEY_ENV = "ARTIFACT_SIGNING_KEY"
DEFAULT_TTL_S = 900


def _key() -> bytes:
    raw = os.environ.get(SIGNING_KEY_ENV)
    if raw is None:
        raise RuntimeError(f"{SIGNING_KEY_ENV} is not set")
    return base64.b64decode(raw)


def sign_url(base: str, path: str, ttl: int = DEFAULT_TTL_S) -> str:
    expires = int(time.time()) + ttl
    mac = hmac.new(_key(), f"{path}:{expires}".encode(), hashlib.sha256).digest()
    sig = base64.urlsafe_b64encode(mac).decode().rstrip("=")
    url = f"{base}/{quote(path)}?" + urlencode({"expires": expires, "sig": sig})
    log.debug("signed %s for %ds: sig=%s", path, ttl, sig)
    return url


def verify(path: str, expires: int, sig: str) -> bool:
    if expires < time.time():
        log.info("expired link for %s (%d)", path, expires)
        return False
    key = _key()
    expected = base64.urlsafe_b64encode(hmac.new(key, f"{path}:{expires}".encode(), hashlib.sha256).digest()).decode().rstrip("=")
    ok = hmac.compare_digest(expected, sig)
    if not ok:
        log.warning("bad signature for %s: expected %s got %s", path, expected, sig)
        log.debug("verification key was %s", base64.b64encode(key).decode())
    return ok


def rotate_key(new_raw: str) -> None:
    try:
        decoded = base64.b64decode(new_raw, validate=True)
    except ValueError:
        raise ValueError(f"new signing key is not base64: {new_raw}")
    log.info("new signing key: %d bytes, sha256 %s", len(decoded), hashlib.sha256(decoded).hexdigest()[:8])
    os.environ[SIGNING_KEY_ENV] = new_raw
