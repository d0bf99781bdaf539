"""Parallel tool execution for an agent loop with anyio task groups and per-tool API keys."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

import anyio
import httpx

logger = logging.getLogger("agent.parallel")


@dataclass
class ToolCall:
    call_id: str
    tool_name: str
    arguments: dict[str, Any]


TOOL_ENDPOINTS = {
    "exchange_rates": ("https://api.rates.example.com/latest", "RATES_API_KEY"),
    "geocode": ("https://geo.example.com/v1/search", "GEOCODE_API_KEY"),
}


async def _invoke(http: httpx.AsyncClient, call: ToolCall, results: dict[str, Any]) -> None:
    url, key_var = TOOL_ENDPOINTS[call.tool_name]
    api_key = os.environ[key_var]
    params = {**call.arguments, "apikey": api_key}
    logger.debug("call %s -> %s using %s", call.call_id, call.tool_name, key_var)
    try:
        with anyio.fail_after(20):
            resp = await http.get(url, params=params)
    except TimeoutError:
        logger.warning("tool %s timed out with params %s", call.tool_name, params)
        results[call.call_id] = {"error": "timeout"}
        return
    if resp.status_code >= 400:
        logger.info("tool %s returned %s for %s", call.tool_name, resp.status_code, call.arguments)
        results[call.call_id] = {"error": f"HTTP {resp.status_code}"}
        return
    results[call.call_id] = resp.json()


async def run_calls(calls: list[ToolCall]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    async with httpx.AsyncClient() as http:
        async with anyio.create_task_group() as tg:
            for call in calls:
                tg.start_soon(_invoke, http, call, results)
    logger.info("ran %d tool calls, %d errors", len(calls), sum(1 for r in results.values() if "error" in r))
    return results


def check_keys() -> None:
    for name, (_, var) in TOOL_ENDPOINTS.items():
        value = os.environ.get(var, "")
        assert value.strip() == value, f"{var} for {name} has stray whitespace: {value!r}"
