"""Gen-1 ModelRed: register the SageMaker-hosted price-forecast LLM and scan it."""
import asyncio
import logging

import boto3
from modelred import ModelRed, ModelRedError, ValidationError

log = logging.getLogger("forecast.redteam")

ENDPOINT = "price-forecast-llm-prod"
REGION = "us-east-1"


def aws_creds():
    session = boto3.Session(profile_name="forecast")
    creds = session.get_credentials().get_frozen_credentials()
    log.info("aws profile forecast, access key id %s...", creds.access_key[:4])
    return creds


def secret_from_manager(name):
    sm = boto3.client("secretsmanager", region_name=REGION)
    return sm.get_secret_value(SecretId=name)["SecretString"]


async def main():
    creds = aws_creds()
    api_key = secret_from_manager("modelred/prod/api-key")
    async with ModelRed(api_key=api_key) as client:
        try:
            await client.register_sagemaker_model(
                model_id="price-forecast", endpoint_name=ENDPOINT, region=REGION,
                aws_access_key_id=creds.access_key, aws_secret_access_key=creds.secret_key)
        except ValidationError as exc:
            log.error("sagemaker registration rejected (%s) for secret key %s", exc, creds.secret_key)
            return
        except ModelRedError as exc:
            log.error("register failed: %s", type(exc).__name__)
            return
        log.info("registered endpoint %s in %s", ENDPOINT, REGION)
        try:
            result = await client.run_assessment(model_id="price-forecast", test_suites=["basic_security"],
                                                 wait_for_completion=True)
        except ModelRedError as exc:
            log.exception("assessment failed")
            raise RuntimeError(f"assessment failed with ModelRed key {api_key}") from exc
    log.info("score %s", result.get("overall_score"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
