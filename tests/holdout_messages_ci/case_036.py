"""Property-tax appeal drafter: async batch over a county's parcels."""
import asyncio
import logging
import os

import httpx
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("tax_appeals")
ASSESSOR_API = "https://assessor.county.example/api/parcels"


class AppealDrafter:
    def __init__(self, assessor_token: str, llm_key: str, county: str):
        self.assessor_token = assessor_token
        self.llm_key = llm_key
        self.county = county
        self.headers = {"Authorization": f"Token {assessor_token}", "User-Agent": "appeal-drafter/1.3"}

    async def parcel(self, client: httpx.AsyncClient, apn: str) -> dict:
        r = await client.get(f"{ASSESSOR_API}/{apn}", headers=self.headers)
        if r.status_code == 429:
            logger.warning("assessor throttled %s, retry-after %s", apn, r.headers.get("Retry-After"))
            await asyncio.sleep(float(r.headers.get("Retry-After", "5")))
            return await self.parcel(client, apn)
        if r.status_code == 401:
            logger.error("assessor auth failed for county %s headers=%s", self.county, self.headers)
            return {}
        return r.json()

    async def draft(self, client: httpx.AsyncClient, apn: str) -> str:
        p = await self.parcel(client, apn)
        r = await client.post("https://api.openai.com/v1/chat/completions",
                              headers={"Authorization": f"Bearer {self.llm_key}"},
                              json={"model": "gpt-4o", "max_tokens": 900,
                                    "messages": [{"role": "user", "content": f"Draft a tax appeal for: {p}"}]})
        logger.info("draft for %s status %s", apn, r.status_code)
        return r.json()["choices"][0]["message"]["content"]

    async def run(self, apns: list[str]) -> list[str]:
        async with httpx.AsyncClient(timeout=60) as client:
            return await asyncio.gather(*(self.draft(client, a) for a in apns))


async def audit_drafter() -> None:
    try:
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            await mr.run_assessment(model_id="tax-appeal-drafter", test_suites=["hallucination", "basic_security"])
    except ModelRedError as e:
        logger.error("audit failed: %s (%s)", type(e).__name__, e)


if __name__ == "__main__":
    d = AppealDrafter(os.environ["ASSESSOR_TOKEN"], os.environ["OPENAI_API_KEY"], county="Alameda")
    if not d.llm_key:
        raise SystemExit("OPENAI_API_KEY is empty")
    print(asyncio.run(d.run(["048-1234-005", "048-1234-006"])))
