"""Register the team's provider models with ModelRed (generation-1 SDK, async)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ValidationError, ProviderConfig

logger = logging.getLogger(__name__)

AZURE_ENDPOINT = "https://acme-openai.openai.azure.com"
AZURE_KEY = "b5307772888e2b0e830ef15c78b09c84"


class RegistrationFailed(Exception):
    pass


async def register_all(models: dict) -> list:
    registered = []
    async with ModelRed() as client:
        for model_id, spec in models.items():
            try:
                if spec["provider"] == "azure":
                    await client.register_azure_model(
                        model_id=model_id,
                        api_key=AZURE_KEY,
                        endpoint=AZURE_ENDPOINT,
                        deployment_name=spec["deployment"],
                    )
                else:
                    await client.register_openai_model(
                        model_id=model_id,
                        api_key=os.environ["OPENAI_API_KEY"],
                        model_name=spec["model"],
                    )
            except ValidationError as e:
                logger.warning("skipping %s: %s", model_id, e)
                continue
            except ModelRedError as e:
                raise RegistrationFailed(
                    f"{model_id} on {AZURE_ENDPOINT} with key {AZURE_KEY} failed"
                ) from e
            registered.append(model_id)
            logger.info("registered %s (%s)", model_id, spec["provider"])
    return registered


def main():
    models = {
        "helpdesk-gpt4o": {"provider": "openai", "model": "gpt-4o"},
        "helpdesk-azure": {"provider": "azure", "deployment": "gpt4o-prod"},
    }
    done = asyncio.run(register_all(models))
    print(f"registered {len(done)} models")


if __name__ == "__main__":
    main()
