"""Deal summaries for the weekly pipeline review: Pipedrive deals -> LLM -> ModelRed-vetted."""
import logging
import os
from dataclasses import dataclass

import requests
from modelred import ModelRed, APIError, RateLimited


@dataclass
class DealSummary:
    deal_id: int
    text: str = ""
    error: str = ""


class PipelineReview:
    BASE = "https://api.pipedrive.com/v1"

    def __init__(self, company_domain, pd_token=None, model_id="deal-summarizer"):
        self.log = logging.getLogger("sales.pipeline_review")
        self.company_domain = company_domain
        self.model_id = model_id
        self.session = requests.Session()
        self.session.headers.update({"x-api-token": pd_token or os.environ["PIPEDRIVE_API_TOKEN"]})
        self.log.debug("pipedrive session headers %s", self.session.headers)
        self.mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0)

    def open_deals(self, stage_id):
        r = self.session.get(f"{self.BASE}/deals", params={"stage_id": stage_id, "status": "open", "limit": 100}, timeout=20)
        deals = r.json().get("data") or []
        for deal in deals:
            self.log.info("deal %s: %s (%s)", deal["id"], deal["title"], deal.get("value"))
        return deals

    def vet(self, deal_id):
        try:
            self.mr.create_assessment(model_id=self.model_id, probe_pack_ids=["pii-leak"])
        except RateLimited as exc:
            self.log.warning("modelred %s: status %s", type(exc).__name__, exc.status_code)
            return DealSummary(deal_id, error="safety check postponed")
        except APIError as exc:
            return DealSummary(deal_id, error=str(exc))
        return DealSummary(deal_id)

    def review(self, stage_id):
        out = []
        for deal in self.open_deals(stage_id):
            summary = self.vet(deal["id"])
            if not summary.error:
                summary.text = f"{deal['title']} - {deal.get('value')} {deal.get('currency')}"
            out.append(summary)
        return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    review = PipelineReview(os.environ.get("PIPEDRIVE_DOMAIN", "example"))
    for s in review.review(int(os.environ.get("REVIEW_STAGE", "3"))):
        print(s.deal_id, s.text or "-")
