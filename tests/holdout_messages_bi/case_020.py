import asyncio
import logging
import os

import httpx
from modelred import AsyncModelRed, NotFound, ValidationFailed, APIError

logger = logging.getLogger("medical.bills")

BILL_REVIEW_URL = "https://billreview.example-tpa.com/api/v1"


class BillReviewGateway:
    """Workers' comp medical bill review: a TPA's API plus an LLM explainer."""

    def __init__(self, tpa_api_key: str, tenant: str):
        self._tpa_api_key = tpa_api_key
        self.tenant = tenant
        self.headers = {"Authorization": f"ApiKey {tpa_api_key}", "X-Tenant": tenant}
        self._http = httpx.AsyncClient(base_url=BILL_REVIEW_URL, headers=self.headers, timeout=40)

    async def submit(self, bill: dict) -> dict:
        r = await self._http.post("/bills", json=bill)
        if r.status_code in (401, 403):
            logger.error("TPA auth failed for tenant %s, headers %s", self.tenant, self.headers)
            raise PermissionError(f"TPA rejected tenant {self.tenant} ({r.status_code})")
        r.raise_for_status()
        out = r.json()
        logger.info("bill %s repriced: billed=%s allowed=%s", out["bill_id"], out["billed"], out["allowed"])
        return out

    async def close(self):
        await self._http.aclose()


async def check_explainer(model_id: str) -> str:
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["medical-phi"])
            return a["id"]
    except NotFound:
        return "model-not-registered"
    except ValidationFailed as e:
        logger.warning("validation failed for %s: %s", model_id, e)
        raise ValueError(f"bad model id {model_id}") from e
    except APIError as e:
        raise RuntimeError("ModelRed: " + str(e)) from None


async def main():
    key = os.environ["TPA_API_KEY"]
    gw = BillReviewGateway(key, tenant=os.environ.get("TPA_TENANT", "acme-wc"))
    logger.info("gateway for tenant %s, key hash %s", gw.tenant, hash(key) & 0xFFFF)
    try:
        await gw.submit({"claim": "WC-55102", "cpt": ["99213", "97110"], "billed": 412.0})
        print(await check_explainer("wc-bill-explainer"))
    finally:
        await gw.close()


if __name__ == "__main__":
    asyncio.run(main())
