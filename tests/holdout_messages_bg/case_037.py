"""Gen-1 scan helper for the DeFi analytics bot, star-imported SDK names."""
import asyncio
import logging
import os

from modelred import *  # noqa: F401,F403

logger = logging.getLogger("defi.scan")

AZURE_ENDPOINT = os.getenv("AZURE_OPENAI_ENDPOINT", "https://defi-bot.openai.azure.com")
AZURE_DEPLOYMENT = os.getenv("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-defi")


async def register_azure(client, azure_key: str):
    logger.info("registering azure deployment %s at %s", AZURE_DEPLOYMENT, AZURE_ENDPOINT)
    try:
        await client.register_azure_model(model_id="defi-analyst", api_key=azure_key,
                                          endpoint=AZURE_ENDPOINT, deployment_name=AZURE_DEPLOYMENT,
                                          api_version="2024-06-01")
    except ValidationError as exc:
        logger.error("azure registration rejected for key %s: %s", azure_key, exc)
        raise


async def scan(model_id: str) -> dict:
    async with ModelRed() as client:
        try:
            status = await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
        except AuthenticationError as exc:
            logger.error("ModelRed auth: %s", exc)
            return {"ok": False, "error": "authentication failed"}
        except ModelRedError as exc:
            return {"ok": False, "error": str(exc)}
    return {"ok": True, "assessment_id": status.get("assessment_id")}


async def main():
    azure_key = os.environ.get("AZURE_OPENAI_API_KEY", "")
    if not azure_key:
        logger.error("AZURE_OPENAI_API_KEY missing (got %r)", azure_key)
        return
    async with ModelRed() as client:
        await register_azure(client, azure_key)
    result = await scan("defi-analyst")
    logger.info("scan result ok=%s", result["ok"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
