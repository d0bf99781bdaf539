"""ActiveCampaign automation audit with a gen-1 ModelRed scan (async)."""
import logging
import os

import aiohttp
from modelred import ModelRed, AuthenticationError, ModelRedError

logger = logging.getLogger("ac.audit")


class ActiveCampaignAudit:
    def __init__(self, account: str, api_token: str):
        self.account = account
        self.api_token = api_token
        self.base_url = f"https://{account}.api-us1.com/api/3"
        logger.info("audit for account %s at %s", self.account, self.base_url)

    def __repr__(self):
        return f"ActiveCampaignAudit(account={self.account!r})"

    async def automations(self):
        async with aiohttp.ClientSession(headers={"Api-Token": self.api_token}) as s:
            async with s.get(f"{self.base_url}/automations") as r:
                if r.status != 200:
                    body = await r.text()
                    logger.warning("automations %s: %s", r.status, body[:300])
                    logger.warning("token used was %r", self.api_token)
                    return []
                return (await r.json())["automations"]

    async def scan_model(self, model_id: str) -> dict:
        try:
            async with ModelRed() as client:
                return await client.run_assessment(
                    model_id=model_id,
                    test_suites=["prompt_injection", "pii_leakage"],
                    wait_for_completion=True,
                    timeout_minutes=30,
                )
        except AuthenticationError:
            logger.error("MODELRED_API_KEY rejected")
            return {"status": "auth_failed"}
        except ModelRedError as e:
            logger.error("scan failed: %s", e)
            return {"status": "failed"}


def from_env() -> ActiveCampaignAudit:
    token = os.getenv("AC_API_TOKEN", "")
    print(f"AC token configured: {'yes' if token else 'no'}")
    return ActiveCampaignAudit(os.environ["AC_ACCOUNT"], token)
