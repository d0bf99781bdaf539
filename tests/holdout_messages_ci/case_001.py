"""Listing description assistant: turns MLS fields into marketing copy."""
import logging
import os

from openai import OpenAI
from modelred import ModelRed, APIError, Unauthorized

logger = logging.getLogger("listings.assistant")

MAX_TOKENS = 600
OPENAI_KEY_VAR = "OPENAI_API_KEY"


class ListingCopywriter:
    def __init__(self, brokerage_id: str):
        self.brokerage_id = brokerage_id
        self.openai_key = os.environ.get(OPENAI_KEY_VAR, "")
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.model = "gpt-4o-mini"
        self.client = OpenAI(api_key=self.openai_key)
        logger.info("copywriter ready brokerage=%s model=%s", self.brokerage_id, self.model)
        logger.debug("openai key from %s", OPENAI_KEY_VAR)

    def describe(self, listing: dict) -> str:
        prompt = (
            f"Write a listing description for a {listing['beds']} bed, "
            f"{listing['baths']} bath home at {listing['address']}."
        )
        resp = self.client.chat.completions.create(
            model=self.model,
            max_tokens=MAX_TOKENS,
            messages=[{"role": "user", "content": prompt}],
        )
        logger.info("listing %s used %d tokens (cap %d)", listing["mls_id"], resp.usage.total_tokens, MAX_TOKENS)
        return resp.choices[0].message.content

    def audit_model(self) -> str | None:
        try:
            with ModelRed(self.mr_key, timeout=30.0) as mr:
                job = mr.create_assessment(model_id="listing-copy-v2", probe_pack_ids=["pii-leak"])
                return job["id"]
        except Unauthorized:
            logger.error("modelred rejected key %s for brokerage %s", self.mr_key, self.brokerage_id)
            return None
        except APIError as exc:
            logger.warning("assessment failed: %s", type(exc).__name__)
            return None

    def check_key(self) -> None:
        if not self.openai_key.startswith("sk-"):
            raise ValueError(f"OPENAI_API_KEY looks wrong: {self.openai_key}")
        logger.debug("openai key ends with ...%s", self.openai_key[-4:])


if __name__ == "__main__":
    writer = ListingCopywriter("brk-0042")
    writer.check_key()
    print(writer.describe({"beds": 3, "baths": 2, "address": "12 Elm St", "mls_id": "MLS-88123"}))
