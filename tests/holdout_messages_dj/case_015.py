"""Request signer for our internal LLM proxy (HMAC over method, path, body)."""
import base64
import hashlib
import hmac
import logging
import os
import time

logger = logging.getLogger("proxy.signer")

SIGNING_SECRET_ENV = "LLM_PROXY_SIGNING_SECRET"
SIGNATURE_HEADER = "X-Proxy-Signature"
TOKEN_TTL_SECONDS = 300


def _secret() -> bytes:
    raw = os.environ.get(SIGNING_SECRET_ENV)
    if raw is None:
        raise EnvironmentError(f"{SIGNING_SECRET_ENV} must be set")
    return raw.encode()


def sign(method: str, path: str, body: bytes, ts: int | None = None) -> dict:
    ts = ts or int(time.time())
    msg = f"{method}\n{path}\n{ts}\n".encode() + body
    digest = hmac.new(_secret(), msg, hashlib.sha256).digest()
    sig = base64.b64encode(digest).decode()
    logger.debug("signed %s %s at %d (ttl %d)", method, path, ts, TOKEN_TTL_SECONDS)
    return {SIGNATURE_HEADER: sig, "X-Proxy-Timestamp": str(ts)}


def verify(method, path, body, headers):
    ts = int(headers.get("X-Proxy-Timestamp", "0"))
    if abs(time.time() - ts) > TOKEN_TTL_SECONDS:
        logger.info("stale signature from %s", headers.get("X-Forwarded-For"))
        return False
    expected = sign(method, path, body, ts)[SIGNATURE_HEADER]
    given = headers.get(SIGNATURE_HEADER, "")
    ok = hmac.compare_digest(expected, given)
    if not ok:
        logger.warning("signature mismatch on %s %s", method, path)
    return ok


def debug_secret():
    secret = os.environ.get(SIGNING_SECRET_ENV, "")
    logger.debug("%s=%s", SIGNING_SECRET_ENV, secret)
    logger.debug("%s fingerprint=%s", SIGNING_SECRET_ENV, hashlib.sha256(secret.encode()).hexdigest()[:10])


def require_rotation(age_days):
    secret = _secret().decode()
    if age_days > 90:
        raise RuntimeError("signing secret %s is %d days old" % (secret, age_days))
