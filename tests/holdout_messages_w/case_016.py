"""Notion tools for a pydantic-ai agent, with dependencies injected through RunContext."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx
from pydantic_ai import Agent, RunContext

log = logging.getLogger("notion_agent")
NOTION_VERSION = "2022-06-28"


@dataclass
class Deps:
    http: httpx.AsyncClient
    notion_token: str
    workspace: str


agent = Agent("openai:gpt-4o", deps_type=Deps, system_prompt="You manage the team's Notion pages.")


def _headers(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Notion-Version": NOTION_VERSION, "Content-Type": "application/json"}


@agent.tool
async def search_pages(ctx: RunContext[Deps], query: str) -> list[dict]:
    """Search pages by title."""
    resp = await ctx.deps.http.post(
        "https://api.notion.com/v1/search", json={"query": query}, headers=_headers(ctx.deps.notion_token)
    )
    log.info("notion search %r in %s -> %s", query, ctx.deps.workspace, resp.status_code)
    if resp.status_code == 401:
        raise RuntimeError(f"Notion integration token {ctx.deps.notion_token} is not valid for {ctx.deps.workspace}")
    return [{"id": r["id"], "url": r.get("url")} for r in resp.json().get("results", [])]


@agent.tool
async def append_note(ctx: RunContext[Deps], page_id: str, text: str) -> str:
    """Append a paragraph to a page."""
    block = {"object": "block", "type": "paragraph", "paragraph": {"rich_text": [{"text": {"content": text}}]}}
    headers = _headers(ctx.deps.notion_token)
    resp = await ctx.deps.http.patch(f"https://api.notion.com/v1/blocks/{page_id}/children", json={"children": [block]}, headers=headers)
    if resp.is_error:
        log.warning("append to %s failed: %s %s; sent %s", page_id, resp.status_code, resp.text, headers)
        return "failed"
    return "ok"


async def main(token: str) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        deps = Deps(http=http, notion_token=token, workspace="eng")
        result = await agent.run("Find the onboarding page and add a note.", deps=deps)
        usage = result.usage()
        log.info("run used %s request tokens, %s response tokens", usage.request_tokens, usage.response_tokens)
        print(result.output)
