"""Register the hybrid-search answerer with ModelRed (generation 1) from the deploy pipeline."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ConflictError, ValidationError

log = logging.getLogger("deploy.modelred")


async def register(model_id: str, deployment: str) -> str:
    azure_key = os.environ["AZURE_OPENAI_API_KEY"]
    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
    async with ModelRed() as client:
        try:
            await client.register_azure_model(
                model_id=model_id,
                api_key=azure_key,
                endpoint=endpoint,
                deployment_name=deployment,
                api_version="2024-06-01",
            )
        except ConflictError:
            log.info("model %s already registered at %s (%s)", model_id, endpoint, deployment)
            return "exists"
        except ValidationError as e:
            log.error("azure registration rejected; api_key=%s endpoint=%s", azure_key, endpoint)
            raise RuntimeError(f"registration of {model_id} failed: {e}") from e
        except ModelRedError as e:
            log.error("registration failed: %s", type(e).__name__)
            raise RuntimeError("registration failed") from e
    return "created"


async def main():
    model_id = os.environ.get("MODEL_ID", "hybrid-answerer")
    outcome = await register(model_id, os.environ.get("AZURE_DEPLOYMENT", "gpt-4o"))
    log.info("register %s -> %s", model_id, outcome)
    async with ModelRed() as client:
        info = await client.get_model(model_id)
        log.info("provider=%s status=%s", info.get("provider"), info.get("status"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
