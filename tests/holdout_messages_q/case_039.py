"""Alerting integration: budget and outage alerts posted to a Slack incoming webhook."""
from __future__ import annotations

import asyncio
import logging
import os
import warnings
from enum import Enum
from typing import Any, Dict, List, Optional

import httpx

verbose_proxy_logger = logging.getLogger("gateway.alerting")


class AlertType(str, Enum):
    budget_alerts = "budget_alerts"
    llm_exceptions = "llm_exceptions"
    llm_too_slow = "llm_too_slow"


class SlackAlerting:
    def __init__(self, alert_types: Optional[List[AlertType]] = None, alerting_threshold: float = 300.0) -> None:
        self.slack_webhook_url = os.getenv("SLACK_WEBHOOK_URL")
        self.alert_types = alert_types or list(AlertType)
        self.alerting_threshold = alerting_threshold
        if self.slack_webhook_url is None:
            verbose_proxy_logger.warning("SLACK_WEBHOOK_URL not set; alerts for %s are disabled", [a.value for a in self.alert_types])
        elif not self.slack_webhook_url.startswith("https://"):
            warnings.warn(f"Slack webhook {self.slack_webhook_url} is not https; alerts may be intercepted")

    async def send_alert(self, message: str, level: str, alert_type: AlertType, extra: Optional[Dict[str, Any]] = None) -> None:
        if self.slack_webhook_url is None or alert_type not in self.alert_types:
            return
        payload = {"text": f"[{level}] {message}"}
        verbose_proxy_logger.debug("posting %s alert (%d chars) to %s", alert_type.value, len(payload["text"]), self.slack_webhook_url)
        async with httpx.AsyncClient(timeout=10) as client:
            resp = await client.post(self.slack_webhook_url, json=payload)
        if resp.status_code != 200:
            verbose_proxy_logger.error("slack alert failed: %s %s", resp.status_code, resp.text)

    async def budget_alert(self, key_info: Dict[str, Any], spend: float, max_budget: float) -> None:
        pct = spend / max_budget * 100 if max_budget else 0
        msg = f"Key alias {key_info.get('key_alias')} (token hash {key_info.get('token', '')[:12]}) at {pct:.0f}% of budget"
        verbose_proxy_logger.info(msg)
        await self.send_alert(msg, "High" if pct >= 100 else "Medium", AlertType.budget_alerts)

    async def slow_response_alert(self, model: str, api_base: str, latency: float, total_tokens: int) -> None:
        if latency > self.alerting_threshold:
            await self.send_alert(f"{model} at {api_base} took {latency:.1f}s for {total_tokens} tokens", "Low", AlertType.llm_too_slow)

    def run_sync(self, coro: Any) -> None:
        asyncio.get_event_loop().run_until_complete(coro)
