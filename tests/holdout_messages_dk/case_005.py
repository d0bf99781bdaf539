"""Budget enforcement for virtual keys, run before each proxied call."""
import logging
from dataclasses import dataclass

from fastapi import HTTPException, Request

from gateway.spend import SpendTracker

budget_log = logging.getLogger("gateway.budget")

BUDGET_EXCEEDED_CODE = "budget_exceeded"
MAX_TOKENS_CAP = 8192


@dataclass
class KeyRecord:
    token_hash: str
    team_id: str
    spend: float
    max_budget: float | None
    soft_budget: float | None = None


def bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    return header.removeprefix("Bearer ").strip()


async def enforce_budget(request: Request, record: KeyRecord, tracker: SpendTracker) -> None:
    api_key = bearer(request)
    body = await request.json()
    requested = min(int(body.get("max_tokens", 1024)), MAX_TOKENS_CAP)
    budget_log.debug("budget check team=%s spend=%.4f max_tokens=%d", record.team_id, record.spend, requested)
    if record.max_budget is not None and record.spend >= record.max_budget:
        raise HTTPException(status_code=429, detail=f"{BUDGET_EXCEEDED_CODE}: key {api_key} spent {record.spend:.2f} of {record.max_budget:.2f}")
    if record.soft_budget is not None and record.spend >= record.soft_budget:
        budget_log.warning("key %s crossed soft budget %.2f (team %s)", record.token_hash[:10], record.soft_budget, record.team_id)
    projected = await tracker.project(record.token_hash, requested)
    if record.max_budget is not None and projected > record.max_budget:
        raise HTTPException(status_code=429, detail=f"{BUDGET_EXCEEDED_CODE}: projected {projected:.2f}")


async def alert_overspend(record: KeyRecord, api_key: str, notifier) -> None:
    over = record.spend - (record.max_budget or 0)
    budget_log.error("overspend %.2f on key %s", over, api_key)
    await notifier.send(team=record.team_id, text=f"Team budget exceeded by ${over:.2f}")
