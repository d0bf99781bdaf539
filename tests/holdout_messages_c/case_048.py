"""Register the team's provider models in ModelRed (SDK 0.1.1x)."""
import asyncio
import logging
import os

from modelred import ConflictError, ModelRed, ValidationError

logger = logging.getLogger(__name__)


async def register_all(models: list[str]) -> None:
    openai_key = os.environ["OPENAI_API_KEY"]
    async with ModelRed() as client:
        for model_id in models:
            provider_config = {"api_key": openai_key, "model_name": model_id, "max_tokens": 1024}
            logger.debug("registering %s (%s)", model_id, provider_config["model_name"])
            logger.debug("registering with config %s", provider_config)
            try:
                await client.register_openai_model(model_id, api_key=openai_key, model_name=model_id)
            except ConflictError:
                logger.info("model %s already registered", model_id)
            except ValidationError as e:
                logger.error(
                    "registration of %s failed (openai key %s): %s",
                    model_id,
                    openai_key,
                    e,
                )


if __name__ == "__main__":
    asyncio.run(register_all(["gpt-4o", "gpt-4o-mini"]))
