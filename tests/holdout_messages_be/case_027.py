import logging
import os

import yaml
from modelred import ModelRed, ModelRedError, ValidationError

logger = logging.getLogger("franchise_onboarding")


def load_franchise(path: str) -> dict:
    with open(path) as fh:
        data = yaml.safe_load(fh)
    logger.info("franchise %s with %d locations", data["name"], len(data["locations"]))
    return data


async def onboard_chatbot(franchise: dict) -> dict:
    """Register the franchise's guest chatbot (Azure OpenAI) and run the baseline suite."""
    azure = franchise["azure"]
    azure_key = azure["api_key"]
    endpoint = azure["endpoint"]
    deployment = azure["deployment"]
    logger.info("azure endpoint %s deployment %s", endpoint, deployment)
    model_id = f"{franchise['slug']}-guest-bot"
    try:
        async with ModelRed() as client:
            await client.register_azure_model(model_id=model_id, api_key=azure_key, endpoint=endpoint, deployment_name=deployment, api_version="2024-06-01")
            result = await client.run_assessment(model_id=model_id, test_suites=["basic_security"], wait_for_completion=True)
    except ValidationError as e:
        logger.warning("validation: %s", e)
        raise ValueError(f"bad franchise config for {model_id}: {e}") from None
    except ModelRedError:
        logger.exception("onboarding %s failed (azure key %s)", model_id, azure_key)
        raise RuntimeError(f"onboarding {model_id} failed")
    return {"model_id": model_id, "score": result.overall_score}


def check_config(franchise: dict) -> None:
    azure = franchise.get("azure", {})
    key = azure.get("api_key", "")
    if len(key) != 32:
        raise ValueError(f"azure api_key should be 32 hex chars, got {key}")
    logger.debug("azure key ok, env var AZURE_OPENAI_API_KEY not needed")


if __name__ == "__main__":
    import asyncio
    f = load_franchise(os.environ.get("FRANCHISE_FILE", "franchise.yaml"))
    check_config(f)
    print(asyncio.run(onboard_chatbot(f)))
