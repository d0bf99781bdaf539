"""Token-bucket rate limiter keyed by tenant, where tenants are identified by their API key."""
from __future__ import annotations

import logging
import time
from collections import defaultdict
from dataclasses import dataclass

import structlog

log = structlog.get_logger("ratelimit")
std = logging.getLogger("ratelimit.std")


@dataclass
class Bucket:
    capacity: float
    refill_per_s: float
    tokens: float
    updated: float


class TenantLimiter:
    def __init__(self, capacity: float = 60, refill_per_s: float = 1.0) -> None:
        self.capacity = capacity
        self.refill = refill_per_s
        self._buckets: dict[str, Bucket] = defaultdict(lambda: Bucket(capacity, refill_per_s, capacity, time.monotonic()))

    def allow(self, tenant_id: str, api_key: str, cost: float = 1.0) -> bool:
        b = self._buckets[tenant_id]
        now = time.monotonic()
        b.tokens = min(b.capacity, b.tokens + (now - b.updated) * b.refill)
        b.updated = now
        if b.tokens < cost:
            log.warning("rate_limited", tenant=tenant_id, tokens=round(b.tokens, 2), cost=cost)
            log.warning("rate_limited_key", tenant=tenant_id, api_key=api_key)
            return False
        b.tokens -= cost
        return True

    def snapshot(self) -> dict[str, float]:
        return {t: round(b.tokens, 1) for t, b in self._buckets.items()}


def middleware(limiter: TenantLimiter, request: dict) -> tuple[int, dict]:
    key = request["headers"].get("authorization", "").removeprefix("Bearer ").strip()
    tenant = request["tenant_id"]
    if not limiter.allow(tenant, key):
        std.info("429 for tenant %s (remaining %s)", tenant, limiter.snapshot().get(tenant))
        return 429, {"error": "rate limited", "retry_after": 1}
    std.debug("allowed tenant=%s bearer=%s", tenant, key)
    return 200, {}
