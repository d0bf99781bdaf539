import asyncio
import os

from modelred import (
    AuthenticationError,
    ModelRed,
    ModelRedError,
    ProviderConfig,
    QuotaExceededError,
)

OPENAI_KEY = os.getenv("OPENAI_API_KEY")
AZURE_KEY = os.getenv("AZURE_OPENAI_API_KEY")
AZURE_ENDPOINT = os.getenv("AZURE_OPENAI_ENDPOINT", "https://example-resource.openai.azure.com")


async def register_all() -> None:
    async with ModelRed() as client:
        try:
            await client.validate_api_key()
        except AuthenticationError as e:
            raise SystemExit(f"ModelRed rejected the key: {e}")
        if OPENAI_KEY:
            await client.register_openai_model(model_id="gpt4o-prod", api_key=OPENAI_KEY, model_name="gpt-4o")
            print(f"registered gpt4o-prod (key ...{OPENAI_KEY[-4:]})")
        if AZURE_KEY:
            cfg = ProviderConfig.azure(api_key=AZURE_KEY, endpoint=AZURE_ENDPOINT, deployment_name="gpt-4o")
            print("azure endpoint:", AZURE_ENDPOINT)
            try:
                await client.register_model(model_id="azure-gpt4o", provider="azure", provider_config=cfg)
            except QuotaExceededError as e:
                print(f"quota exceeded registering azure-gpt4o: {e}")
            except ModelRedError as e:
                raise RuntimeError(f"failed to register with Azure key {AZURE_KEY}: {type(e).__name__}")


if __name__ == "__main__":
    asyncio.run(register_all())
