#!/usr/bin/env python3
"""Quick smoke test for the ModelRed integration.

Run with:  python scripts/smoke_modelred.py
"""
import asyncio
import logging

from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("smoke")

# TODO(jk): move these to .env before merging
OPENAI_KEY = "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"
SUITES = ["basic_security", "prompt_injection"]


async def main() -> None:
    async with ModelRed(api_key="mr_WtKeDuMX7gJawwTwsL2EprqXU6G20buiSBjoBZLr") as client:
        ok = await client.validate_api_key()
        log.info("key valid: %s", ok)

        await client.register_openai_model(
            model_id="smoke-gpt4o-mini",
            api_key=OPENAI_KEY,
            model_name="gpt-4o-mini",
            max_tokens=256,
        )
        result = await client.run_assessment(
            model_id="smoke-gpt4o-mini",
            test_suites=SUITES,
            wait_for_completion=True,
            timeout_minutes=20,
        )
        log.info(
            "assessment %s finished with score %s",
            result.assessment_id,
            result.overall_score,
        )


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except ModelRedError as exc:
        log.error("smoke test failed: %s", type(exc).__name__)
        raise SystemExit(1)
