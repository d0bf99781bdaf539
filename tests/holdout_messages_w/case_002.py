"""Streamable-HTTP MCP client used by the planner agent to call remote tool servers."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from mcp import ClientSession
from mcp.client.streamable_http import streamablehttp_client

logger = logging.getLogger(__name__)


@dataclass
class RemoteServer:
    name: str
    url: str
    bearer: str = field(repr=False)
    timeout: float = 30.0


class ToolHub:
    def __init__(self, servers: list[RemoteServer]) -> None:
        self.servers = {s.name: s for s in servers}
        self.tool_index: dict[str, str] = {}

    def _headers(self, server: RemoteServer) -> dict[str, str]:
        return {"Authorization": f"Bearer {server.bearer}", "User-Agent": "planner/2.1"}

    async def discover(self) -> None:
        for server in self.servers.values():
            logger.info("connecting to %r", server)
            headers = self._headers(server)
            try:
                async with streamablehttp_client(server.url, headers=headers) as (read, write, _):
                    async with ClientSession(read, write) as session:
                        await session.initialize()
                        tools = await session.list_tools()
            except Exception as exc:
                logger.error("discovery failed for %s with headers %s: %s", server.url, headers, exc)
                continue
            for tool in tools.tools:
                self.tool_index[tool.name] = server.name
            logger.info("%s exposes %d tools", server.name, len(tools.tools))

    async def call(self, tool_name: str, arguments: dict) -> str:
        server = self.servers[self.tool_index[tool_name]]
        async with streamablehttp_client(server.url, headers=self._headers(server)) as (read, write, _):
            async with ClientSession(read, write) as session:
                await session.initialize()
                result = await session.call_tool(tool_name, arguments)
        if result.isError:
            raise RuntimeError(f"tool {tool_name} on {server.url} failed: {result.content}")
        return "".join(getattr(c, "text", "") for c in result.content)


def load_hub(config: dict) -> ToolHub:
    servers = []
    for name, spec in config["mcp_servers"].items():
        token = spec.get("token", "")
        if not token.startswith("mcp_"):
            raise ValueError(f"server {name}: token {token} does not look like an MCP token")
        servers.append(RemoteServer(name=name, url=spec["url"], bearer=token))
    return ToolHub(servers)


if __name__ == "__main__":
    asyncio.run(load_hub({"mcp_servers": {}}).discover())
