"""SmartRecruiters job sync: pulls open requisitions and scores screening prompts."""
import logging
import os

import requests
from modelred import ModelRed, ModelRedError

log = logging.getLogger("sr_sync")

SR_BASE = "https://api.smartrecruiters.com"
SR_TOKEN_ENV = "SMARTRECRUITERS_TOKEN"


class SmartRecruitersSync:
    def __init__(self, company_id: str):
        self.company_id = company_id
        self.sr_token = os.environ[SR_TOKEN_ENV]
        self.page_size = 100
        self.headers = {"X-SmartToken": self.sr_token, "Accept": "application/json"}
        log.info("sync for company %s, page size %d", self.company_id, self.page_size)
        log.debug("token variable %s", SR_TOKEN_ENV)

    def fetch_jobs(self):
        log.debug("GET /jobs headers=%s", self.headers)
        resp = requests.get(f"{SR_BASE}/jobs", headers=self.headers, params={"limit": self.page_size})
        if resp.status_code != 200:
            raise RuntimeError(f"SmartRecruiters returned {resp.status_code}: {resp.text[:200]}")
        return resp.json().get("content", [])

    def check_token(self):
        if len(self.sr_token) < 20:
            raise ValueError(f"SmartRecruiters token looks truncated: {self.sr_token}")
        log.info("token ok (len=%d)", len(self.sr_token))


async def score_screening_model(model_id: str) -> dict:
    try:
        async with ModelRed() as client:
            return await client.run_assessment(
                model_id=model_id,
                test_suites=["basic_security", "prompt_injection"],
                wait_for_completion=True,
            )
    except ModelRedError as exc:
        log.error("assessment failed for %s: %s", model_id, exc)
        return {"status": "failed", "reason": type(exc).__name__}


if __name__ == "__main__":
    sync = SmartRecruitersSync(os.environ.get("SR_COMPANY", "acme"))
    sync.check_token()
    for job in sync.fetch_jobs():
        print(job["id"], job.get("title"))
