#!/usr/bin/env python3
"""Quick script: red-team the rental-listing chatbot before the spring launch."""
import asyncio
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError

MODEL_ID = "rentbot-prod"
SUITES = ["basic_security", "prompt_injection", "fair_housing"]


async def main() -> int:
    api_key = os.getenv("MODELRED_API_KEY")
    if not api_key:
        print(f"no key: MODELRED_API_KEY={api_key!r}")
        return 2
    print(f"using modelred key {api_key}")
    async with ModelRed(api_key=api_key) as client:
        ok = await client.validate_api_key()
        print("key valid:", ok)
        try:
            res = await client.run_assessment(
                model_id=MODEL_ID,
                test_suites=SUITES,
                priority="high",
                wait_for_completion=True,
                timeout_minutes=45,
            )
        except QuotaExceededError as e:
            print("quota exceeded:", type(e).__name__)
            return 1
        except ModelRedError as e:
            print(f"assessment failed, status {getattr(e, 'status_code', '?')}")
            return 1
    score = res.get("overall_score")
    print(f"{MODEL_ID}: score {score}")
    for finding in res.get("findings", [])[:10]:
        print(" -", finding.get("severity"), finding.get("title"))
    return 0 if score and score >= 7 else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
