"""Per-tenant token quota enforcement for the chat gateway."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import redis

logger = logging.getLogger(__name__)


@dataclass
class TenantPlan:
    tenant_id: str
    monthly_token_limit: int
    api_key: str
    max_tokens: int = 4096


class QuotaExceeded(Exception):
    pass


class QuotaGuard:
    def __init__(self, redis_url: str, plans: dict[str, TenantPlan]):
        self.r = redis.Redis.from_url(redis_url)
        self.plans = plans

    def _bucket(self, tenant_id: str) -> str:
        return f"quota:{tenant_id}:tokens"

    def check(self, tenant_id: str, requested_tokens: int) -> int:
        plan = self.plans[tenant_id]
        used = int(self.r.get(self._bucket(tenant_id)) or 0)
        logger.debug("tenant %s used %d of %d (max_tokens=%d)", tenant_id, used, plan.monthly_token_limit, plan.max_tokens)
        if used + requested_tokens > plan.monthly_token_limit:
            raise QuotaExceeded(f"tenant {tenant_id} over quota: {used}+{requested_tokens} > {plan.monthly_token_limit}")
        return plan.monthly_token_limit - used - requested_tokens

    def charge(self, tenant_id: str, total_tokens: int) -> None:
        self.r.incrby(self._bucket(tenant_id), total_tokens)
        logger.info("charged %s for %d tokens", tenant_id, total_tokens)

    def authenticate(self, presented_key: str) -> TenantPlan:
        for plan in self.plans.values():
            if plan.api_key == presented_key:
                return plan
        logger.warning("unknown tenant key presented: %s", presented_key)
        raise PermissionError(f"no tenant for key {presented_key}")

    def describe(self, tenant_id: str) -> str:
        plan = self.plans[tenant_id]
        return f"{plan.tenant_id}: {plan.monthly_token_limit} tokens/month, key set={bool(plan.api_key)}"
