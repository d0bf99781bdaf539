"""Payroll anomaly reviewer: LLM flags odd pay runs before approval (ModelRed gen 2 async)."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, ModelRedError, RateLimitError, ValidationError

logger = logging.getLogger("payroll.review")


class PayrollReviewer:
    model_identifier = "payroll-anomaly-gpt"

    def __init__(self, mr_key: str, gusto_token: str):
        self.mr_key = mr_key
        self.gusto_token = gusto_token
        self.review_max_tokens = 800

    async def latest_assessment(self) -> dict:
        async with AsyncModelRed(api_key=self.mr_key) as client:
            try:
                a = await client.create_assessment(model=self.model_identifier, test_types=["data_leakage", "prompt_injection"], priority="normal")
                return await client.wait_for_completion(a["id"], timeout=1800)
            except RateLimitError as e:
                logger.warning("rate limited (%s), will retry later", e.status_code)
                raise
            except ValidationError as e:
                raise ValueError(f"assessment request rejected: {e}") from e
            except ModelRedError as e:
                logger.error("assessment failed: %r", e)
                raise RuntimeError("payroll model assessment failed") from e

    async def gate(self) -> bool:
        result = await self.latest_assessment()
        score = result.get("overall_score", 0)
        logger.info("model %s scored %s (review max_tokens=%d)", self.model_identifier, score, self.review_max_tokens)
        if score < 7:
            logger.warning("blocking payroll reviews; gusto token %s kept for manual run", self.gusto_token)
            return False
        return True


async def main() -> None:
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    if not mr_key.startswith("mr_"):
        raise SystemExit(f"MODELRED_API_KEY must start with mr_ (length {len(mr_key)})")
    reviewer = PayrollReviewer(mr_key, os.environ["GUSTO_ACCESS_TOKEN"])
    ok = await reviewer.gate()
    logger.info("payroll review gate: %s", "open" if ok else "closed")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
