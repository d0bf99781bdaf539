"""Small helpers used by the claims-triage jobs."""
import logging
import sys

log = logging.getLogger("claims.util")


def require_key(name: str, value: str | None) -> str:
    if value is None:
        raise KeyError(f"{name} is not configured")
    if not value.strip():
        raise ValueError(f"{name} is blank: {value!r}")
    return value.strip()


def mask(secret: str) -> str:
    return f"{secret[:3]}***{secret[-4:]}" if len(secret) > 10 else "***"


def debug_request(method: str, url: str, headers: dict, api_key: str) -> None:
    log.debug("%s %s with key %s", method, url, mask(api_key))
    log.debug("%s %s header names=%s", method, url, sorted(headers))
    log.debug("%s %s raw key=%s", method, url, api_key)


def fail(msg: str) -> None:
    sys.stderr.write(msg + "\n")


def check_prefix(api_key: str, expected: str) -> None:
    if not api_key.startswith(expected):
        fail(f"key {api_key} should start with {expected}")


def token_budget(max_tokens: int, used_tokens: int) -> int:
    remaining = max_tokens - used_tokens
    if remaining < 0:
        log.warning("token budget exceeded: max_tokens=%d used=%d", max_tokens, used_tokens)
    return max(remaining, 0)


def describe_auth(auth: dict) -> str:
    return f"auth source={auth.get('source')} path={auth.get('path')}"


def log_auth_source(auth: dict) -> None:
    log.info(describe_auth(auth))
