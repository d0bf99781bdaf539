"""Register SageMaker endpoints with ModelRed (generation 1), reporting to Sentry."""
import asyncio
import logging
import os

import sentry_sdk
from modelred import ModelRed, ModelRedError, ValidationError, SubscriptionLimitError

log = logging.getLogger("sagemaker.register")


async def register_endpoint(model_id: str, endpoint_name: str, region: str = "us-east-1") -> dict:
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    sentry_sdk.set_context("sagemaker", {"endpoint": endpoint_name, "region": region, "key_id": access_key_id})
    async with ModelRed() as client:
        try:
            return await client.register_sagemaker_model(
                model_id=model_id,
                endpoint_name=endpoint_name,
                region=region,
                aws_access_key_id=access_key_id,
                aws_secret_access_key=secret_key,
            )
        except ValidationError as exc:
            log.exception("registration of %s rejected", model_id)
            raise ValueError(f"invalid SageMaker registration for {endpoint_name}") from exc
        except SubscriptionLimitError:
            log.error("plan limit reached while registering %s", model_id)
            raise
        except ModelRedError as exc:
            log.exception("register failed, secret key was %s", secret_key)
            raise RuntimeError(f"SageMaker registration failed for {model_id} (secret {secret_key})") from exc


async def status(assessment_id: str) -> str:
    async with ModelRed() as client:
        info = await client.get_assessment_status(assessment_id)
    log.info("assessment %s is %s", assessment_id, info.get("status"))
    return info.get("status", "unknown")


async def main() -> None:
    reg = await register_endpoint("sm-llama3", "llama3-8b-endpoint")
    log.info("registered %s", reg.get("model_id"))
    async with ModelRed() as client:
        run = await client.run_assessment(model_id="sm-llama3", test_suites=["basic_security"], priority="high")
    print(await status(run["assessment_id"]))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sentry_sdk.init(dsn=os.getenv("SENTRY_DSN"))
    asyncio.run(main())
