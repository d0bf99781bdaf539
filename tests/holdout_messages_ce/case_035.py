"""Gen-1 ModelRed registration of the auto-claims assistant on SageMaker."""
import asyncio
import logging
import os

from modelred import ModelRed, ProviderConfig, AuthorizationError, SubscriptionLimitError, ModelRedError

logger = logging.getLogger("autoclaims.register")


async def register_sagemaker(endpoint_name: str) -> str:
    aws_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    aws_secret = os.environ["AWS_SECRET_ACCESS_KEY"]
    region = os.getenv("AWS_REGION", "us-east-1")
    logger.info("registering %s in %s (key id ...%s)", endpoint_name, region, aws_key_id[-4:])
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            await client.register_sagemaker_model(
                model_id="autoclaims-assistant",
                endpoint_name=endpoint_name,
                region=region,
                aws_access_key_id=aws_key_id,
                aws_secret_access_key=aws_secret,
            )
        except AuthorizationError:
            return "not allowed on this plan"
        except SubscriptionLimitError as err:
            return f"limit reached ({type(err).__name__})"
        except ModelRedError as err:
            logger.error("sagemaker registration failed: %s (secret %s)", err, aws_secret)
            raise RuntimeError(f"registration failed: {err}")
    return "registered"


def provider_config_preview(endpoint_name: str) -> dict:
    cfg = ProviderConfig.sagemaker(
        endpoint_name=endpoint_name,
        region="us-east-1",
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    )
    logger.info("preview for endpoint %s", endpoint_name)
    return {"endpoint": endpoint_name, "fields": sorted(vars(cfg))}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(register_sagemaker("autoclaims-llm-prod")))
