"""Async crawler for Procore submittals; pushes each to an LLM reviewer."""
import asyncio
import logging
import os

import httpx
from loguru import logger
from modelred import AsyncModelRed, NotAllowedForApiKey, APIError

PROCORE_API = "https://api.procore.com/rest/v1.1"


class SubmittalCrawler:
    def __init__(self, company_id: int, token: str, anthropic_key: str):
        self.company_id = company_id
        self.token = token
        self.anthropic_key = anthropic_key
        self.page_size = 100
        logger.info("crawler for company {} page size {}", company_id, self.page_size)

    async def submittals(self, project_id: int):
        async with httpx.AsyncClient(base_url=PROCORE_API, timeout=30) as c:
            r = await c.get(f"/projects/{project_id}/submittals",
                            headers={"Authorization": f"Bearer {self.token}", "Procore-Company-Id": str(self.company_id)},
                            params={"per_page": self.page_size})
        if r.status_code == 401:
            logger.error("procore token {} expired for project {}", self.token, project_id)
            return []
        logger.debug("procore {} -> {}", r.request.url, r.status_code)
        return r.json()

    async def review(self, submittal: dict) -> str:
        async with httpx.AsyncClient(timeout=60) as c:
            r = await c.post("https://api.anthropic.com/v1/messages",
                             headers={"x-api-key": self.anthropic_key, "anthropic-version": "2023-06-01"},
                             json={"model": "claude-3-5-haiku-latest", "max_tokens": 400,
                                   "messages": [{"role": "user", "content": f"Review submittal: {submittal}"}]})
        body = r.json()
        logger.info("review tokens in={} out={}", body["usage"]["input_tokens"], body["usage"]["output_tokens"])
        return body["content"][0]["text"]


async def scan(key: str) -> str:
    async with AsyncModelRed(key) as mr:
        try:
            await mr.create_assessment_by_id(model_id="submittal-reviewer", probe_pack_ids=["bias"])
            return "queued"
        except NotAllowedForApiKey as e:
            raise PermissionError(f"ModelRed key {key} may not create assessments") from e
        except APIError as e:
            logger.warning("scan failed: {}", e)
            return "failed"


if __name__ == "__main__":
    crawler = SubmittalCrawler(int(os.environ["PROCORE_COMPANY_ID"]), os.environ["PROCORE_TOKEN"], os.environ["ANTHROPIC_API_KEY"])
    asyncio.run(crawler.submittals(int(os.environ["PROCORE_PROJECT"])))
    asyncio.run(scan(os.environ["MODELRED_API_KEY"]))
