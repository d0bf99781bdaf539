"""Nightly job: create the model in ModelRed (SDK generation 2) and run an assessment."""
import json
import logging
import os

import boto3
from modelred import ModelRed, ProviderConfig
from modelred import ModelRedError, NotFoundError, RateLimitError

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("nightly")

REGION = os.environ.get("AWS_REGION", "eu-west-1")
SECRET_ID = "prod/llm/keys"


def get_keys() -> dict:
    sm = boto3.client("secretsmanager", region_name=REGION)
    payload = sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    return json.loads(payload)


def ensure_model(client: ModelRed, keys: dict, model_id: str) -> None:
    try:
        client.get_model(model_id)
        logger.info("model %s exists", model_id)
        return
    except NotFoundError:
        logger.info("model %s not found, creating (secret %s in %s)", model_id, SECRET_ID, REGION)
    provider_config = ProviderConfig.openai(api_key=keys["openai"], model_name="gpt-4o", max_tokens=1024)
    logger.debug("provider config for %s: %s", model_id, provider_config)
    logger.debug("provider keys available: %s", sorted(keys))
    try:
        client.create_model(modelId=model_id, provider="openai", displayName="Support bot (nightly)", providerConfig=provider_config)
    except ModelRedError as e:
        raise RuntimeError(f"create_model({model_id}) failed: {e}") from e


def run(model_id: str) -> None:
    keys = get_keys()
    client = ModelRed(api_key=keys["modelred"])
    ensure_model(client, keys, model_id)
    try:
        assessment = client.create_assessment(model=model_id, test_types=["prompt_injection", "jailbreak"], priority="normal")
    except RateLimitError as e:
        logger.warning("rate limited (%s); rerun later", type(e).__name__)
        return
    result = client.wait_for_completion(assessment.id, timeout_minutes=90)
    logger.info("assessment %s finished: score=%s", assessment.id, getattr(result, "overall_score", "?"))


if __name__ == "__main__":
    run(os.environ.get("NIGHTLY_MODEL_ID", "support-bot"))
