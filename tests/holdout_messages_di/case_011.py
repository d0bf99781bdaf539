"""Async MCP server (low-level API) that proxies Jira for the support agent."""
import logging
import os

import httpx
from mcp.server import Server
from mcp.types import TextContent, Tool

server = Server("jira-connector")
log = logging.getLogger("jira_mcp")

JIRA_BASE = os.environ.get("JIRA_BASE_URL", "https://example.atlassian.net")
JIRA_USER = os.environ.get("JIRA_USER_EMAIL")
JIRA_TOKEN = os.environ.get("JIRA_API_TOKEN")
JIRA_TOKEN_VAR = "JIRA_API_TOKEN"


def _auth() -> httpx.BasicAuth:
    if not JIRA_TOKEN:
        raise RuntimeError(f"{JIRA_TOKEN_VAR} missing; got {JIRA_TOKEN!r}")
    return httpx.BasicAuth(JIRA_USER, JIRA_TOKEN)


@server.list_tools()
async def list_tools() -> list[Tool]:
    return [
        Tool(name="get_issue", description="Fetch a Jira issue", inputSchema={"type": "object", "properties": {"key": {"type": "string"}}}),
        Tool(name="comment", description="Comment on an issue", inputSchema={"type": "object", "properties": {"key": {"type": "string"}, "body": {"type": "string"}}}),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[TextContent]:
    async with httpx.AsyncClient(base_url=JIRA_BASE, auth=_auth(), timeout=20) as http:
        if name == "get_issue":
            resp = await http.get(f"/rest/api/3/issue/{arguments['key']}")
        elif name == "comment":
            resp = await http.post(
                f"/rest/api/3/issue/{arguments['key']}/comment",
                json={"body": {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [{"type": "text", "text": arguments["body"]}]}]}},
            )
        else:
            raise ValueError(f"unknown tool {name}")
    if resp.status_code == 401:
        log.error("jira auth failed for %s using token %s", JIRA_USER, JIRA_TOKEN)
    log.info("jira %s -> %s", name, resp.status_code)
    return [TextContent(type="text", text=resp.text)]


async def main() -> None:
    from mcp.server.stdio import stdio_server

    log.info("jira mcp for %s as %s", JIRA_BASE, JIRA_USER)
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())
