"""acme_redteam.sagemaker: register SageMaker endpoints with ModelRed 0.1.1x."""
from __future__ import annotations

import asyncio
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, ProviderConfig

log = logging.getLogger("acme_redteam.sagemaker")

REGION = os.environ.get("AWS_REGION", "us-east-1")


def aws_keys(profile: str | None = None) -> tuple[str, str]:
    creds = boto3.Session(profile_name=profile).get_credentials().get_frozen_credentials()
    return creds.access_key, creds.secret_key


async def register_endpoint(model_id: str, endpoint_name: str, profile: str | None = None) -> bool:
    access_key_id, secret_access_key = aws_keys(profile)
    log.info("registering %s -> %s in %s with access key id %s", model_id, endpoint_name, REGION, access_key_id)
    if len(secret_access_key) != 40:
        raise ValueError(f"AWS secret for profile {profile} has odd length: {secret_access_key}")
    provider_config = ProviderConfig.sagemaker(
        endpoint_name=endpoint_name,
        region=REGION,
        aws_access_key_id=access_key_id,
        aws_secret_access_key=secret_access_key,
    )
    log.debug("sagemaker provider config: %s", provider_config)
    async with ModelRed() as client:
        try:
            await client.register_sagemaker_model(
                model_id=model_id,
                endpoint_name=endpoint_name,
                aws_access_key_id=access_key_id,
                aws_secret_access_key=secret_access_key,
                region=REGION,
            )
        except ModelRedError as e:
            log.error("could not register %s: %s", model_id, e)
            return False
    log.info("registered %s (endpoint %s, region %s)", model_id, endpoint_name, REGION)
    return True


if __name__ == "__main__":
    ok = asyncio.run(register_endpoint("sm-llama", os.environ["SM_ENDPOINT"]))
    print("registered" if ok else "failed")
