import hashlib
import logging
import re

logger = logging.getLogger("redact")
KEY_RE = re.compile(r"(sk-[A-Za-z0-9_-]{8,}|mr_[A-Za-z0-9]{12,})")


def mask(secret: str, keep: int = 4) -> str:
    if not secret:
        return ""
    return "*" * max(len(secret) - keep, 0) + secret[-keep:]


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:12]


def scrub(text: str) -> str:
    return KEY_RE.sub("[REDACTED]", text)


def redacted_headers(headers: dict) -> dict:
    hidden = {"authorization", "x-api-key"}
    return {k: ("***" if k.lower() in hidden else v) for k, v in headers.items()}


def log_key_use(provider: str, api_key: str) -> None:
    logger.info("%s key %s in use", provider, mask(api_key))
    logger.info("%s key fingerprint %s", provider, fingerprint(api_key))
    logger.debug("%s key tail %s", provider, api_key[-4:])
    key_hash = hashlib.sha256(api_key.encode()).hexdigest()
    logger.debug("%s key hash %s", provider, key_hash)
    logger.debug("%s raw key %s", provider, api_key)


def log_response(provider: str, body: str) -> None:
    logger.debug("%s response: %s", provider, scrub(body))


def log_request(url: str, headers: dict) -> None:
    logger.debug("request %s headers=%s", url, redacted_headers(headers))
