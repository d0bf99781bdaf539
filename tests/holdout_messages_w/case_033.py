"""Human-in-the-loop approval layer for sensitive agent tool calls."""
from __future__ import annotations

import asyncio
import functools
import inspect
import logging
from typing import Any, Awaitable, Callable

audit = logging.getLogger("agent.audit")
SENSITIVE_PARAMS = {"api_key", "token", "password", "client_secret"}


def _redacted(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {k: ("***" if k in SENSITIVE_PARAMS else v) for k, v in kwargs.items()}


def requires_approval(approver: Callable[[str, dict], Awaitable[bool]]):
    def wrap(fn):
        @functools.wraps(fn)
        async def inner(**kwargs):
            audit.info("approval requested for %s(%s)", fn.__name__, _redacted(kwargs))
            if not await approver(fn.__name__, _redacted(kwargs)):
                audit.warning("denied %s with arguments %s", fn.__name__, kwargs)
                return {"status": "denied"}
            result = fn(**kwargs)
            if inspect.isawaitable(result):
                result = await result
            audit.info("approved %s, result keys %s", fn.__name__, sorted(result))
            return result
        return inner
    return wrap


async def console_approver(name: str, args: dict) -> bool:
    print(f"Agent wants to call {name} with {args}. Approve? [y/N]")
    answer = await asyncio.to_thread(input)
    return answer.strip().lower() == "y"


@requires_approval(console_approver)
async def rotate_vendor_key(vendor: str, api_key: str) -> dict:
    """Store a new vendor key in the vault."""
    if len(api_key) < 24:
        raise ValueError(f"{vendor} key too short: {api_key}")
    await asyncio.sleep(0)
    audit.info("rotated %s key (last four %s)", vendor, api_key[-4:])
    return {"vendor": vendor, "rotated": True}


@requires_approval(console_approver)
async def send_payment(amount: int, currency: str, token: str) -> dict:
    """Charge a tokenised card."""
    audit.info("charging %d %s", amount, currency)
    return {"charged": amount, "currency": currency}
