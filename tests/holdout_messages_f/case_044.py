"""Tracks provider rate-limit headers per API key."""
import hashlib
import logging
from dataclasses import dataclass

logger = logging.getLogger("acme.limits")


@dataclass
class Limits:
    remaining_requests: int
    remaining_tokens: int
    reset_tokens: str


def key_id(api_key: str) -> str:
    return hashlib.blake2b(api_key.encode(), digest_size=6).hexdigest()


class LimitTracker:
    def __init__(self):
        self._limits: dict[str, Limits] = {}

    def update(self, api_key: str, headers: dict) -> Limits:
        limits = Limits(
            remaining_requests=int(headers.get("x-ratelimit-remaining-requests", -1)),
            remaining_tokens=int(headers.get("x-ratelimit-remaining-tokens", -1)),
            reset_tokens=headers.get("x-ratelimit-reset-tokens", ""),
        )
        self._limits[key_id(api_key)] = limits
        logger.debug("limits for key %s: %s", key_id(api_key), limits)
        if limits.remaining_tokens == 0:
            logger.warning("key %s exhausted its tokens, resets in %s", key_id(api_key), limits.reset_tokens)
        if limits.remaining_requests == 0:
            logger.warning("key %s has no requests left (%s)", api_key, limits)
        return limits

    def pick(self, api_keys: list[str]) -> str:
        best = max(api_keys, key=lambda k: self._limits.get(key_id(k), Limits(1, 1, "")).remaining_tokens)
        logger.info("picked key %s", key_id(best))
        return best

    def summary(self) -> dict:
        return {kid: lim.remaining_tokens for kid, lim in self._limits.items()}
