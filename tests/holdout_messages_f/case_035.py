"""Registering Bedrock/SageMaker models with ModelRed (generations 1 and 2 side by side)."""
import logging
import os

from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

logger = logging.getLogger(__name__)


def sagemaker_config(endpoint: str, region: str):
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    cfg = ProviderConfig.sagemaker(
        endpoint_name=endpoint,
        region=region,
        aws_access_key_id=access_key_id,
        aws_secret_access_key=secret_access_key,
    )
    logger.info("sagemaker endpoint %s in %s", endpoint, region)
    logger.debug("aws secret for registration: %s", secret_access_key)
    return cfg


def bedrock_config(region: str) -> dict:
    provider_config = {
        "region": region,
        "access_key_id": os.environ["AWS_ACCESS_KEY_ID"],
        "secret_access_key": os.environ["AWS_SECRET_ACCESS_KEY"],
        "session_token": os.environ.get("AWS_SESSION_TOKEN"),
    }
    logger.info("bedrock region %s, temporary credentials=%s", provider_config["region"], provider_config["session_token"] is not None)
    print("bedrock provider_config =", provider_config)
    return provider_config


async def register(model_id: str, endpoint: str) -> str:
    async with ModelRed() as client:
        try:
            await client.register_sagemaker_model(
                model_id=model_id,
                endpoint_name=endpoint,
                region="us-east-1",
                aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
                aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
            )
        except ConflictError:
            return f"{model_id} already registered"
        except ModelRedError as err:
            return "registration failed: {}".format(err)
    return f"{model_id} registered"
