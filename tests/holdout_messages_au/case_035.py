"""Security-alert triage: pulls Dependabot alerts and files Linear issues with an LLM summary (async)."""
import asyncio
import logging
import os

import httpx
from mistralai import Mistral

log = logging.getLogger("alert_triage")

LINEAR_API = "https://api.linear.app/graphql"


async def dependabot_alerts(client: httpx.AsyncClient, repo: str) -> list[dict]:
    r = await client.get(f"https://api.github.com/repos/{repo}/dependabot/alerts", params={"state": "open", "severity": "high,critical"})
    if r.status_code == 403:
        log.warning("no dependabot access on %s: %s", repo, r.json().get("message"))
        return []
    return r.json()


async def file_issue(client: httpx.AsyncClient, team_id: str, title: str, body: str) -> str:
    q = "mutation($t:String!,$ti:String!,$d:String!){issueCreate(input:{teamId:$t,title:$ti,description:$d}){issue{identifier}}}"
    r = await client.post(LINEAR_API, json={"query": q, "variables": {"t": team_id, "ti": title, "d": body}})
    return r.json()["data"]["issueCreate"]["issue"]["identifier"]


async def main(repos: list[str]) -> None:
    gh_token = os.environ["TRIAGE_GITHUB_TOKEN"]
    linear_key = os.environ["LINEAR_API_KEY"]
    mistral_key = os.environ["MISTRAL_API_KEY"]
    team_id = os.environ["LINEAR_TEAM_ID"]
    log.info("triage for %d repos into Linear team %s", len(repos), team_id)
    llm = Mistral(api_key=mistral_key)
    gh = httpx.AsyncClient(headers={"Authorization": f"Bearer {gh_token}"}, timeout=20)
    linear = httpx.AsyncClient(headers={"Authorization": linear_key}, timeout=20)
    for repo in repos:
        for alert in await dependabot_alerts(gh, repo):
            adv = alert["security_advisory"]
            res = await llm.chat.complete_async(model="mistral-small-latest", max_tokens=250, messages=[{"role": "user", "content": f"Explain for engineers: {adv['summary']}"}])
            log.debug("mistral usage: %s tokens", res.usage.total_tokens)
            ident = await file_issue(linear, team_id, f"[{repo}] {adv['ghsa_id']}", res.choices[0].message.content)
            log.info("filed %s for %s", ident, adv["ghsa_id"])
    log.debug("clients used keys: linear=%s mistral=%s", linear_key, mistral_key)
    await gh.aclose()
    await linear.aclose()


if __name__ == "__main__":
    asyncio.run(main(os.environ.get("TRIAGE_REPOS", "acme/api").split(",")))
