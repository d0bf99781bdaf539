"""Sagemaker-hosted contract NER model: register it with ModelRed (generation 1 SDK)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ValidationError

log = logging.getLogger("ner.redteam")

REGION = os.environ.get("AWS_REGION", "us-east-1")
ENDPOINT = "contract-ner-prod"


async def register(model_id: str) -> None:
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    log.info("registering %s at %s/%s with access key id %s", model_id, REGION, ENDPOINT, access_key_id[:4])
    async with ModelRed() as client:
        try:
            await client.register_sagemaker_model(
                model_id=model_id, endpoint_name=ENDPOINT, region=REGION,
                aws_access_key_id=access_key_id, aws_secret_access_key=secret_access_key,
            )
        except ValidationError as e:
            log.error("sagemaker registration rejected (%s) secret=%s", e, secret_access_key)
            raise
        except ModelRedError as e:
            raise RuntimeError("sagemaker registration failed") from e
    log.info("registered %s", model_id)


async def run(model_id: str) -> dict:
    async with ModelRed() as client:
        try:
            return await client.run_assessment(model_id=model_id, test_suites=["basic_security"],
                                               priority="high", wait_for_completion=True)
        except ModelRedError as e:
            raise RuntimeError(f"assessment of {model_id} failed: {e}")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    model_id = os.environ.get("NER_MODEL_ID", "contract-ner")
    asyncio.run(register(model_id))
    result = asyncio.run(run(model_id))
    log.info("score=%s status=%s", result.get("overall_score"), result.get("status"))


if __name__ == "__main__":
    main()
