import asyncio
import logging
import os

import structlog
from modelred import AsyncModelRed, ProviderConfig, ConflictError, ModelRedError

structlog.configure(processors=[structlog.processors.KeyValueRenderer(key_order=["event"])])
slog = structlog.get_logger()
logging.basicConfig(level=logging.INFO)


async def register(model_id: str, display_name: str) -> dict:
    openai_key = os.environ["OPENAI_API_KEY"]
    config = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
    slog.info("registering", model_id=model_id, display_name=display_name, provider="openai")
    slog.debug("provider config", config=config)
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            created = await client.create_model(
                modelId=model_id, provider="openai", displayName=display_name, providerConfig=config
            )
        except ConflictError:
            slog.info("already registered", model_id=model_id)
            return await client.get_model(model_id)
        except ModelRedError as err:
            slog.error("register failed", error=type(err).__name__, model_id=model_id)
            return {"registered": False, "reason": str(err)}
        return created


async def assess(model_id: str) -> dict:
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        run = await client.create_assessment(model=model_id, test_types=["toxicity", "jailbreak"], priority="normal")
        slog.info("assessment queued", assessment_id=run["id"], max_tokens=256)
        return await client.wait_for_completion(run["id"])


async def main() -> None:
    model = await register("faq-bot", "FAQ bot")
    slog.info("model ready", model=model.get("modelId"))
    report = await assess("faq-bot")
    slog.info("report", score=report.get("score"))


if __name__ == "__main__":
    asyncio.run(main())
