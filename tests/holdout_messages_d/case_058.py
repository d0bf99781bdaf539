"""One-off script: register our OpenAI deployment with ModelRed and print what we sent."""
import asyncio
import json
import logging
import os
import pprint

from modelred import ModelRed, ValidationError

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("register_openai")


async def main() -> None:
    provider_config = {
        "api_key": os.environ["OPENAI_API_KEY"],
        "model_name": "gpt-4o-mini",
        "organization": os.environ.get("OPENAI_ORG_ID"),
    }
    pprint.pprint(provider_config)
    logger.info(json.dumps({"event": "register", "config": provider_config}))
    logger.info(json.dumps({"event": "register", "model": provider_config["model_name"]}))
    async with ModelRed() as client:
        try:
            await client.register_model(
                model_id="support-bot-gpt4o-mini",
                provider="openai",
                provider_config=provider_config,
                description="support bot",
            )
        except ValidationError as e:
            logger.error("validation failed: %s", e)
            return
    print("registered; organization:", provider_config["organization"])


if __name__ == "__main__":
    asyncio.run(main())
