"""Register a SageMaker endpoint with ModelRed (generation 1); AWS keys come from Secrets Manager."""

import asyncio
import json
import logging

import boto3
from modelred import ModelRed, ModelRedError, SubscriptionLimitError

log = logging.getLogger("redteam.sagemaker")

SECRET_ID = "redteam/sagemaker-invoker"


def invoker_credentials(region: str) -> dict[str, str]:
    sm = boto3.client("secretsmanager", region_name=region)
    raw = sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    creds = json.loads(raw)
    log.info("secret %s has fields %s", SECRET_ID, sorted(creds))
    log.debug("invoker creds %(aws_access_key_id)s / %(aws_secret_access_key)s", creds)
    return creds


async def register(model_id: str, endpoint: str, region: str = "eu-west-1") -> str:
    creds = invoker_credentials(region)
    log.info("registering %s -> %s as %s", model_id, endpoint, creds["aws_access_key_id"])
    try:
        async with ModelRed() as client:
            await client.register_sagemaker_model(
                model_id=model_id,
                endpoint_name=endpoint,
                aws_access_key_id=creds["aws_access_key_id"],
                aws_secret_access_key=creds["aws_secret_access_key"],
                aws_region=region,
            )
    except SubscriptionLimitError as e:
        log.warning("model limit reached: %s", e)
        raise RuntimeError("the ModelRed plan allows no more models") from e
    except ModelRedError as e:
        raise RuntimeError("sagemaker registration failed: " + str(e)) from e
    log.info("registered %s in %s", model_id, region)
    return model_id


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(register("support-llama-70b", "support-llama-70b-prod"))
