"""Autodesk Construction Cloud issues -> LLM triage, as an async worker."""
import asyncio
import os

import aiohttp
import structlog
from modelred import AsyncModelRed, RateLimited, ServerError, APIError

log = structlog.get_logger("acc.triage")

RETRYABLE = (RateLimited, ServerError)
ACC_ISSUES = "https://developer.api.autodesk.com/construction/issues/v1/projects/{pid}/issues"


async def fetch_issues(session: aiohttp.ClientSession, project_id: str, three_legged_token: str):
    url = ACC_ISSUES.format(pid=project_id)
    async with session.get(url, headers={"Authorization": f"Bearer {three_legged_token}"}) as r:
        if r.status == 401:
            log.warning("acc token rejected", project=project_id, token=three_legged_token)
            return []
        if r.status >= 400:
            log.error("acc error", status=r.status, body=await r.text())
            return []
        data = await r.json()
    log.info("acc issues", project=project_id, count=len(data["results"]))
    return data["results"]


async def triage(issues, openai_key: str):
    headers = {"Authorization": f"Bearer {openai_key}"}
    async with aiohttp.ClientSession(headers=headers) as s:
        payload = {"model": "gpt-4o-mini", "max_tokens": 400,
                   "messages": [{"role": "user", "content": f"Triage: {issues}"}]}
        async with s.post("https://api.openai.com/v1/chat/completions", json=payload) as r:
            out = await r.json()
    log.info("triaged", total_tokens=out.get("usage", {}).get("total_tokens"))
    return out


async def guard_scan(key: str):
    async with AsyncModelRed(key, timeout=15.0, max_retries=2) as mr:
        for attempt in range(3):
            try:
                return await mr.create_assessment_by_id(model_id="acc-triage", probe_pack_ids=["toxicity"])
            except RETRYABLE as e:
                log.warning("modelred busy", attempt=attempt, error=type(e).__name__)
                await asyncio.sleep(2 ** attempt)
            except APIError as e:
                log.error("modelred failed", status=getattr(e, "status_code", None))
                return None


async def main():
    async with aiohttp.ClientSession() as s:
        issues = await fetch_issues(s, os.environ["ACC_PROJECT"], os.environ["ACC_3LO_TOKEN"])
    await triage(issues, os.environ["OPENAI_API_KEY"])
    await guard_scan(os.environ["MODELRED_API_KEY"])


if __name__ == "__main__":
    asyncio.run(main())
