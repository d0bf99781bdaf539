"""Loads the agent fleet config (YAML) and resolves each tool's credentials."""
from __future__ import annotations

import logging
import os
import string
from pathlib import Path

import yaml

logger = logging.getLogger("fleet.config")
ENV_REF_PREFIX = "env:"
DEFAULT_MODEL = "gpt-4.1"


def _resolve(value: str) -> str:
    if value.startswith(ENV_REF_PREFIX):
        var = value[len(ENV_REF_PREFIX):]
        resolved = os.environ.get(var)
        if resolved is None:
            raise KeyError(f"credential references unset variable {var}")
        return resolved
    return value


def load_fleet(path: Path) -> dict:
    raw = yaml.safe_load(path.read_text())
    agents = {}
    for name, spec in raw.get("agents", {}).items():
        tools = {}
        for tool_name, tool_spec in spec.get("tools", {}).items():
            creds = {k: _resolve(v) for k, v in tool_spec.get("credentials", {}).items()}
            tools[tool_name] = {"endpoint": tool_spec.get("endpoint"), "credentials": creds}
            logger.debug("tool %s/%s credentials: %s", name, tool_name, creds)
            logger.info("tool %s/%s needs %s", name, tool_name, ", ".join(sorted(creds)))
        agents[name] = {"model": spec.get("model", DEFAULT_MODEL), "tools": tools}
        logger.info("agent %s uses model %s with %d tools", name, agents[name]["model"], len(tools))
    return agents


def validate(agents: dict) -> None:
    hexdigits = set(string.hexdigits)
    for name, agent in agents.items():
        for tool_name, tool in agent["tools"].items():
            api_key = tool["credentials"].get("api_key")
            if api_key is None:
                continue
            if any(ch.isspace() for ch in api_key):
                raise ValueError(f"{name}/{tool_name}: api_key {api_key!r} contains whitespace")
            if tool_name == "hmac_webhook" and not set(api_key) <= hexdigits:
                raise ValueError(f"{name}/{tool_name}: signing key must be hex ({len(api_key)} chars given)")


if __name__ == "__main__":
    fleet = load_fleet(Path(os.environ.get("FLEET_CONFIG", "fleet.yaml")))
    validate(fleet)
    print(f"loaded {len(fleet)} agents: {', '.join(fleet)}")
