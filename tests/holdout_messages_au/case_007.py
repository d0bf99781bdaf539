"""Linear triage bot: labels new security issues and asks ModelRed for the latest score (async)."""
import asyncio
import logging
import os
from typing import Any

import httpx
from modelred import AsyncModelRed, RateLimited, ServerError, APIError

log = logging.getLogger("linear-triage")

LINEAR_GQL = "https://api.linear.app/graphql"
RETRYABLE = (RateLimited, ServerError)


class LinearClient:
    def __init__(self, api_key: str, team_id: str):
        self.api_key = api_key
        self.team_id = team_id
        self._http = httpx.AsyncClient(base_url=LINEAR_GQL, headers={"Authorization": api_key}, timeout=20)

    async def query(self, q: str, variables: dict[str, Any]) -> dict:
        r = await self._http.post("", json={"query": q, "variables": variables})
        if r.status_code == 401:
            raise PermissionError("Linear rejected API key %s for team %s" % (self.api_key, self.team_id))
        body = r.json()
        if "errors" in body:
            log.error("linear errors for team %s: %s", self.team_id, body["errors"])
        return body.get("data", {})

    async def comment(self, issue_id: str, text: str) -> None:
        await self.query("mutation($i:String!,$b:String!){commentCreate(input:{issueId:$i,body:$b}){success}}", {"i": issue_id, "b": text})


async def triage(issue: dict) -> None:
    linear = LinearClient(os.environ["LINEAR_API_KEY"], os.environ["LINEAR_TEAM_ID"])
    log.info("triaging %s for team %s", issue["identifier"], linear.team_id)
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0) as mr:
        for attempt in range(3):
            try:
                models = await mr.list_models(search=issue["title"][:40])
                break
            except RETRYABLE as exc:
                log.warning("retry %d after %s", attempt, type(exc).__name__)
                await asyncio.sleep(2 ** attempt)
            except APIError as exc:
                await linear.comment(issue["id"], f"Could not look up the model in ModelRed: {exc}")
                return
        else:
            return
    names = ", ".join(m["displayName"] for m in models.get("data", []))
    await linear.comment(issue["id"], f"Matching ModelRed models: {names or 'none'}")


async def main(issues: list[dict]) -> None:
    log.debug("linear key loaded: %s", bool(os.environ.get("LINEAR_API_KEY")))
    await asyncio.gather(*(triage(i) for i in issues))
