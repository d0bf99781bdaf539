"""Generation 2 SDK wrapper used by the nightly red-team job."""
import logging
import os

from modelred import ModelRedClient, ModelRedError, ProviderConfig

logger = logging.getLogger("nightly")

GROQ_KEY = "sk-proj-eVfuT5GBoOoCJ3pphTCyT3BlbkFJ8G140rQWzlaNCj8i4IlJ"


class NightlyJobError(Exception):
    pass


def _provider_config(provider: str):
    if provider == "openai":
        return ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"], model_name="gpt-4o-mini")
    if provider == "grok":
        xai_key = os.environ["XAI_API_KEY"]
        logger.info("using grok with key %s", xai_key)
        return ProviderConfig.grok(api_key=xai_key, model_name="grok-2")
    raise NightlyJobError(f"unsupported provider {provider!r}")


def run(provider: str, model_identifier: str) -> str:
    client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId=model_identifier, provider=provider, displayName=model_identifier, providerConfig=_provider_config(provider))
        assessment = client.create_assessment(model=model_identifier, test_types=["jailbreak", "pii"], priority="high")
    except ModelRedError as err:
        logger.error("nightly run failed for %s: %s", model_identifier, err)
        raise NightlyJobError(err.message) from err
    logger.info("assessment %s queued with max_tokens=%d", assessment["id"], 512)
    return assessment["id"]


def legacy_groq_check() -> None:
    if len(GROQ_KEY) < 40:
        raise NightlyJobError("groq key looks truncated: " + GROQ_KEY)
    logger.info("groq key present (%d chars)", len(GROQ_KEY))
