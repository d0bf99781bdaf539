import asyncio
import logging
import os

import httpx
from modelred import ModelRed, ModelRedError, AuthenticationError, ProviderConfig

logger = logging.getLogger(__name__)


async def register_valuation_model(openai_key: str, model_id: str = "avm-gpt") -> bool:
    """Register the automated valuation model's LLM with ModelRed (gen 1 SDK)."""
    logger.info("registering %s", model_id)
    try:
        async with ModelRed() as client:
            await client.register_openai_model(
                model_id=model_id,
                api_key=openai_key,
                model_name="gpt-4o",
            )
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=["basic_security", "data_leakage"],
                wait_for_completion=False,
            )
            logger.info("assessment queued: %s", result.get("assessment_id"))
            return True
    except AuthenticationError as e:
        logger.error("auth failed registering with key %s", openai_key)
        return False
    except ModelRedError as e:
        logger.exception("modelred error: %s", e)
        return False


async def comps_summary(address: str, comps: list[dict]) -> str:
    key = os.environ["OPENAI_API_KEY"]
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post(
            "https://api.openai.com/v1/chat/completions",
            headers={"Authorization": f"Bearer {key}"},
            json={
                "model": "gpt-4o-mini",
                "max_tokens": 300,
                "messages": [{"role": "user", "content": f"Summarise comps for {address}: {comps}"}],
            },
        )
    if r.status_code >= 400:
        raise RuntimeError(f"comps summary failed ({r.status_code}): {r.text}")
    return r.json()["choices"][0]["message"]["content"]


if __name__ == "__main__":
    k = os.environ.get("OPENAI_API_KEY", "")
    print(f"key prefix {k[:3]}, length {len(k)}")
    asyncio.run(register_valuation_model(k))
