"""GitHub tools for an OpenAI Agents SDK triage agent."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx
from agents import Agent, RunContextWrapper, Runner, function_tool

log = logging.getLogger("triage")


@dataclass
class TriageContext:
    repo: str
    github_token: str
    installation_id: int
    dry_run: bool = False


def _client(ctx: TriageContext) -> httpx.Client:
    return httpx.Client(
        base_url="https://api.github.com",
        headers={"Authorization": f"token {ctx.github_token}", "Accept": "application/vnd.github+json"},
        timeout=20,
    )


@function_tool
def label_issue(wrapper: RunContextWrapper[TriageContext], number: int, labels: list[str]) -> str:
    """Add labels to an issue."""
    ctx = wrapper.context
    log.info("labelling %s#%d with %s (installation %s)", ctx.repo, number, labels, ctx.installation_id)
    if ctx.dry_run:
        return f"would label #{number} with {', '.join(labels)}"
    with _client(ctx) as gh:
        resp = gh.post(f"/repos/{ctx.repo}/issues/{number}/labels", json={"labels": labels})
    if resp.status_code == 401:
        raise PermissionError(f"GitHub rejected token {ctx.github_token} for {ctx.repo}")
    if resp.status_code >= 400:
        raise RuntimeError(f"label failed: {resp.status_code} {resp.text}")
    return f"labelled #{number}"


@function_tool
def close_issue(wrapper: RunContextWrapper[TriageContext], number: int, reason: str) -> str:
    """Close an issue with a reason."""
    ctx = wrapper.context
    with _client(ctx) as gh:
        resp = gh.patch(f"/repos/{ctx.repo}/issues/{number}", json={"state": "closed", "state_reason": reason})
    log.debug("close #%d -> %s (rate remaining %s)", number, resp.status_code, resp.headers.get("x-ratelimit-remaining"))
    return "closed" if resp.is_success else f"error {resp.status_code}"


triage_agent = Agent[TriageContext](
    name="triage",
    instructions="Label and close stale issues.",
    tools=[label_issue, close_issue],
    model="gpt-4.1-mini",
)


async def run_triage(repo: str, token: str, installation_id: int) -> str:
    ctx = TriageContext(repo=repo, github_token=token, installation_id=installation_id)
    log.info("starting triage for %s with context %s", repo, ctx)
    result = await Runner.run(triage_agent, input=f"Triage open issues of {repo}", context=ctx)
    log.info("triage used %d tokens", result.context_wrapper.usage.total_tokens)
    return result.final_output
