"""Home-grown tool registry for an agent loop: tools declare the credentials they need."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any, Callable

logger = logging.getLogger(__name__)


@dataclass
class Tool:
    name: str
    fn: Callable[..., Any]
    needs: tuple[str, ...] = ()
    description: str = ""


@dataclass
class ToolRegistry:
    tools: dict[str, Tool] = field(default_factory=dict)
    creds: dict[str, str] = field(default_factory=dict)

    def register(self, tool: Tool) -> None:
        self.tools[tool.name] = tool
        logger.info("registered tool %s needing %s", tool.name, ", ".join(tool.needs))

    def load_credentials(self) -> None:
        for tool in self.tools.values():
            for var in tool.needs:
                value = os.environ.get(var)
                if value is None:
                    logger.warning("tool %s: %s is not set", tool.name, var)
                    continue
                self.creds[var] = value
                logger.debug("loaded %s=%s", var, value)
        logger.info("credentials loaded: %s", sorted(self.creds))
        logger.debug("credential store: %r", self.creds)

    def call(self, name: str, **kwargs: Any) -> Any:
        tool = self.tools[name]
        missing = [v for v in tool.needs if v not in self.creds]
        if missing:
            raise LookupError(f"tool {name} is missing credentials: {missing}")
        env = {v: self.creds[v] for v in tool.needs}
        logger.info("calling %s with %d credentials", name, len(env))
        return tool.fn(env=env, **kwargs)


def weather(env: dict[str, str], city: str) -> str:
    import httpx

    resp = httpx.get("https://api.weather.example/v1/now", params={"q": city, "key": env["WEATHER_API_KEY"]})
    if resp.status_code != 200:
        raise RuntimeError(f"weather API returned {resp.status_code}: {resp.text[:200]}")
    return resp.json()["summary"]
