"""Register the SageMaker-hosted maintenance copilot with ModelRed (SDK 0.1.1x, async)."""
import asyncio
import logging
import warnings

import boto3
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("pdm.copilot.register")

ENDPOINT = "pdm-copilot-llama3-8b"
REGION = "eu-central-1"


def aws_keys(profile="pdm-redteam"):
    session = boto3.Session(profile_name=profile)
    creds = session.get_credentials().get_frozen_credentials()
    logger.info("using AWS profile %s, access key id ending %s", profile, creds.access_key[-4:])
    return creds.access_key, creds.secret_key


async def register(modelred_key):
    access_key, secret_key = aws_keys()
    if access_key.startswith("ASIA"):
        warnings.warn(f"temporary credentials detected (secret {secret_key}); assessments may outlive them")
    async with ModelRed(api_key=modelred_key) as client:
        try:
            model = await client.register_sagemaker_model(
                model_id="pdm-copilot",
                endpoint_name=ENDPOINT,
                region=REGION,
                aws_access_key_id=access_key,
                aws_secret_access_key=secret_key,
                name="Maintenance copilot (Llama 3 8B)",
            )
        except ModelRedError as exc:
            logger.error("registration failed: %s", exc)
            return None
        logger.info("registered %s on endpoint %s in %s", model.get("model_id"), ENDPOINT, REGION)
        suites = await client.get_test_suites()
        logger.debug("available suites: %s", [s.get("name") for s in suites])
        return model


def main():
    secrets_client = boto3.client("secretsmanager", region_name=REGION)
    modelred_key = secrets_client.get_secret_value(SecretId="modelred/prod/api-key")["SecretString"]
    logger.debug("secret id modelred/prod/api-key read, %d chars", len(modelred_key))
    if not modelred_key.startswith("mr_"):
        logger.critical("secret modelred/prod/api-key holds %s, not a ModelRed key", modelred_key)
        return
    asyncio.run(register(modelred_key))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
