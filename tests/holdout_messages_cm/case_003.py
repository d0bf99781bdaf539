"""ServiceTitan dispatch bot: suggests technician assignments with an LLM."""
import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, RateLimitError, NotFoundError

logger = logging.getLogger("dispatch")

ST_BASE = "https://api.servicetitan.io"
ST_APP_KEY_HEADER = "ST-App-Key"


class DispatchBot:
    def __init__(self, tenant_id: str):
        self.tenant_id = tenant_id
        self.app_key = os.environ["SERVICETITAN_APP_KEY"]
        self.client_secret = os.environ["SERVICETITAN_CLIENT_SECRET"]
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.max_tokens = 600
        self.headers = {ST_APP_KEY_HEADER: self.app_key, "Accept": "application/json"}

    async def jobs_for_today(self, http: httpx.AsyncClient):
        url = f"{ST_BASE}/jpm/v2/tenant/{self.tenant_id}/jobs"
        logger.debug("GET %s with headers %s", url, self.headers)
        logger.debug("using header %s", ST_APP_KEY_HEADER)
        r = await http.get(url, headers=self.headers, params={"jobStatus": "Scheduled"})
        if r.status_code >= 400:
            raise RuntimeError(f"ServiceTitan jobs {r.status_code}: {r.text[:200]}")
        return r.json()["data"]

    async def suggest(self, jobs):
        logger.info("asking LLM with max_tokens=%d for %d jobs", self.max_tokens, len(jobs))
        async with httpx.AsyncClient(timeout=60) as http:
            r = await http.post(
                "https://api.openai.com/v1/chat/completions",
                headers={"Authorization": f"Bearer {self.openai_key}"},
                json={"model": "gpt-4o-mini", "max_tokens": self.max_tokens,
                      "messages": [{"role": "user", "content": str(jobs)}]},
            )
        if r.status_code == 401:
            logger.error("openai rejected key %s", self.openai_key)
        usage = r.json().get("usage", {})
        logger.info("tokens used: %s", usage.get("total_tokens"))
        return r.json()

    async def scan_model(self):
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            try:
                return await mr.create_assessment(model="dispatch-suggester", test_types=["jailbreak"])
            except (RateLimitError, NotFoundError) as e:
                logger.warning("scan skipped: %s", e)
                return None


if __name__ == "__main__":
    asyncio.run(DispatchBot(os.environ["ST_TENANT"]).scan_model())
