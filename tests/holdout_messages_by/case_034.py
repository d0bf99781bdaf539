import logging
import os
from typing import Optional

from modelred import ModelRed, Unauthorized, LimitExceeded, RateLimited, APIError

LOG = logging.getLogger("scan-credits")


class ScanCreditService:
    """Sells red-team scans as prepaid credits; each credit is one ModelRed assessment (gen 3)."""

    PACKS_BY_PLAN = {"starter": ["baseline"], "growth": ["baseline", "owasp-llm-top10"], "scale": ["baseline", "owasp-llm-top10", "pii"]}

    def __init__(self, api_key: Optional[str] = None):
        self.api_key = api_key or os.environ.get("MODELRED_API_KEY")
        self.client = ModelRed(self.api_key, timeout=20.0, max_retries=3)

    def packs_for(self, plan: str) -> list[str]:
        packs = self.PACKS_BY_PLAN.get(plan)
        if packs is None:
            raise KeyError(f"unknown plan {plan}")
        return packs

    def redeem(self, tenant: dict, model_id: str) -> dict:
        if tenant["scan_credits"] <= 0:
            return {"ok": False, "message": "No scan credits left. Buy more in Billing."}
        try:
            a = self.client.create_assessment(model_id=model_id, probe_pack_ids=self.packs_for(tenant["plan"]))
        except Unauthorized:
            LOG.error("ModelRed unauthorized; configured key=%s", self.api_key)
            return {"ok": False, "message": "Scanning is temporarily unavailable."}
        except LimitExceeded as e:
            LOG.warning("ModelRed limit: %s", e)
            return {"ok": False, "message": "Our scanning capacity is exhausted for today."}
        except RateLimited as e:
            return {"ok": False, "message": "Please retry", "retry_after": e.retry_after}
        except APIError as e:
            return {"ok": False, "message": f"Scan could not start: {e}"}
        tenant["scan_credits"] -= 1
        LOG.info("tenant %s redeemed a credit (%d left) for %s", tenant["id"], tenant["scan_credits"], a["id"])
        return {"ok": True, "assessment_id": a["id"]}

    def close(self) -> None:
        self.client.close()
