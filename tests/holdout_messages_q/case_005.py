"""Spend tracking callback: writes one row per successful call and reports failures."""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Dict, Optional

verbose_logger = logging.getLogger("gateway")


class CustomLogger:
    async def async_log_success_event(self, kwargs: Dict[str, Any], response_obj: Any, start_time: dt.datetime, end_time: dt.datetime) -> None:
        pass

    async def async_log_failure_event(self, kwargs: Dict[str, Any], response_obj: Any, start_time: dt.datetime, end_time: dt.datetime) -> None:
        pass


class SpendTracker(CustomLogger):
    def __init__(self, db: Any, cost_per_1k: Optional[Dict[str, float]] = None) -> None:
        self.db = db
        self.cost_per_1k = cost_per_1k or {}

    async def async_log_success_event(self, kwargs, response_obj, start_time, end_time):
        metadata = kwargs.get("litellm_params", {}).get("metadata", {}) or {}
        key_hash = metadata.get("user_api_key_hash")
        model = kwargs.get("model", "unknown")
        usage = getattr(response_obj, "usage", None)
        total = usage.total_tokens if usage else 0
        cost = total / 1000 * self.cost_per_1k.get(model, 0.0)
        verbose_logger.debug("spend: key_hash=%s model=%s tokens=%s cost=%.6f", key_hash, model, total, cost)
        await self.db.insert_spend(key_hash=key_hash, model=model, tokens=total, cost=cost, started=start_time, ended=end_time)

    async def async_log_failure_event(self, kwargs, response_obj, start_time, end_time):
        exc = kwargs.get("exception")
        model = kwargs.get("model")
        api_base = kwargs.get("litellm_params", {}).get("api_base")
        deployment_key = kwargs.get("api_key")
        verbose_logger.error("call to %s (%s) failed: %s", model, api_base, exc)
        if deployment_key:
            verbose_logger.debug("failing deployment used key %s", deployment_key)
        verbose_logger.debug("failure context: %s", {k: kwargs.get(k) for k in ("model", "call_type", "litellm_call_id")})

    async def report_daily(self, day: dt.date) -> None:
        rows = await self.db.spend_by_key(day)
        for row in rows:
            verbose_logger.info("%s key_hash=%s spend=%.2f prompt_tokens=%d", day, row["key_hash"], row["spend"], row["prompt_tokens"])
