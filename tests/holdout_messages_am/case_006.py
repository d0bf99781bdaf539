"""Async fraud screening: scores an order with an LLM before capture."""
import asyncio
import json
import logging
import os

import httpx
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("fraud.screen")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
RISK_MODEL = "claude-3-5-sonnet-latest"
REVIEW_THRESHOLD = 0.7


class FraudScreener:
    def __init__(self, api_key: str, max_tokens: int = 256) -> None:
        self.headers = {
            "x-api-key": api_key,
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        }
        self.max_tokens = max_tokens
        logger.info("screener init: model=%s max_tokens=%d", RISK_MODEL, self.max_tokens)

    async def score(self, order: dict) -> float:
        prompt = (
            "Rate the fraud risk of this order from 0 to 1. Reply with JSON {\"risk\": x}.\n"
            + json.dumps({k: order[k] for k in ("total", "country", "ip_country", "email_domain", "items")})
        )
        body = {"model": RISK_MODEL, "max_tokens": self.max_tokens,
                "messages": [{"role": "user", "content": prompt}]}
        async with httpx.AsyncClient(timeout=20) as http:
            resp = await http.post(ANTHROPIC_URL, headers=self.headers, json=body)
        if resp.status_code >= 400:
            logger.error("risk call failed %s: %s (headers=%s)", resp.status_code, resp.text, self.headers)
            return REVIEW_THRESHOLD
        risk = json.loads(resp.json()["content"][0]["text"])["risk"]
        logger.info("order %s risk %.2f", order["id"], risk)
        return float(risk)


async def audit_screener_model() -> None:
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id="fraud-screener", test_suites=["prompt_injection", "data_leakage"], wait_for_completion=True)
        logger.info("modelred audit done: %s", result.get("overall_score"))
    except ModelRedError as e:
        logger.error("modelred audit failed: %s", type(e).__name__)


async def main() -> None:
    key = os.environ["ANTHROPIC_API_KEY"]
    logger.debug("starting screener, key=%s", key)
    screener = FraudScreener(key)
    print(await screener.score({"id": "1001", "total": 912.5, "country": "US", "ip_country": "RO", "email_domain": "mailinator.com", "items": 3}))
    await audit_screener_model()


if __name__ == "__main__":
    asyncio.run(main())
