"""A small function-calling tool registry that wraps ModelRed (generation 3) for an agent."""
from __future__ import annotations

import json
import logging
import os
from typing import Any, Callable

from modelred import APIError, ModelRed, NotFound, RateLimited

log = logging.getLogger("tools.registry")
TOOLS: dict[str, Callable[..., Any]] = {}
SCHEMAS: list[dict] = []


def tool(schema: dict):
    def register(fn):
        TOOLS[schema["name"]] = fn
        SCHEMAS.append({"type": "function", "function": schema})
        return fn
    return register


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0)


@tool({"name": "start_red_team", "parameters": {"type": "object", "properties": {"model_id": {"type": "string"}}}})
def start_red_team(model_id: str, packs: list[str] | None = None) -> dict:
    try:
        with _client() as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=packs or ["jailbreak-basic"])
    except RateLimited as e:
        log.warning("rate limited starting assessment for %s: %s", model_id, e)
        return {"ok": False, "error": "rate limited, try later"}
    except APIError as e:
        return {"ok": False, "error": str(e)}
    return {"ok": True, "assessment_id": job["id"]}


@tool({"name": "assessment_status", "parameters": {"type": "object", "properties": {"assessment_id": {"type": "string"}}}})
def assessment_status(assessment_id: str) -> dict:
    try:
        with _client() as mr:
            return {"ok": True, "status": mr.get_assessment(assessment_id)["status"]}
    except NotFound as e:
        log.info("unknown assessment %s (%s)", assessment_id, type(e).__name__)
        return {"ok": False, "error": f"no assessment {assessment_id}"}


def dispatch(tool_call: dict) -> str:
    name = tool_call["function"]["name"]
    args = json.loads(tool_call["function"]["arguments"] or "{}")
    log.debug("dispatching %s with %s", name, args)
    try:
        result = TOOLS[name](**args)
    except APIError as e:
        result = {"ok": False, "error": f"{name} failed: {e}"}
    return json.dumps(result)
