"""App Store review replies drafted by an LLM and posted through App Store Connect (gen 3 scan)."""
import logging
import os

import requests
from modelred import ModelRed, ModelRedError, Forbidden, RateLimited

log = logging.getLogger("reviews.appstore")

ASC_API = "https://api.appstoreconnect.apple.com/v1"
OPENROUTER_KEY = os.environ["OPENROUTER_API_KEY"]


class ReviewResponder:
    def __init__(self, asc_token_provider, mr_key: str):
        self.asc_token_provider = asc_token_provider
        self.mr = ModelRed(mr_key, timeout=20.0)

    def draft(self, review: dict) -> str:
        r = requests.post("https://openrouter.ai/api/v1/chat/completions",
                          headers={"Authorization": f"Bearer {OPENROUTER_KEY}"},
                          json={"model": "meta-llama/llama-3.1-8b-instruct", "max_tokens": 200,
                                "messages": [{"role": "user", "content": review["body"]}]}, timeout=30)
        if r.status_code == 401:
            log.error("openrouter key refused: %s", OPENROUTER_KEY)
        r.raise_for_status()
        log.info("draft usage %s", r.json().get("usage", {}).get("total_tokens"))
        return r.json()["choices"][0]["message"]["content"]

    def post_reply(self, review_id: str, text: str):
        token = self.asc_token_provider()
        r = requests.post(f"{ASC_API}/customerReviewResponses", timeout=20,
                          headers={"Authorization": f"Bearer {token}"},
                          json={"data": {"type": "customerReviewResponses", "attributes": {"responseBody": text},
                                         "relationships": {"review": {"data": {"type": "customerReviews", "id": review_id}}}}})
        if r.status_code == 401:
            log.error("ASC token from provider rejected: %s", token)
        log.info("reply to %s -> %s", review_id, r.status_code)

    def preflight(self, model_id: str) -> bool:
        try:
            self.mr.create_assessment(model_id=model_id, probe_pack_ids=["toxicity", "brand-safety"])
            return True
        except RateLimited as e:
            log.info("rate limited, retry in %s", e.retry_after)
            return False
        except Forbidden as e:
            log.warning("forbidden: %s", e)
            return False
        except ModelRedError as e:
            raise RuntimeError(f"review bot preflight failed: {e}") from e
