"""ModelRed (generation 1) registration script for SageMaker endpoints."""
import asyncio
import json
import logging

import boto3

from modelred import ModelRed, ModelRedError, ValidationError

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("register_sagemaker")


def aws_secret(secret_id: str) -> dict:
    client = boto3.client("secretsmanager")
    return json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])


def _log_credential(aws_secret_access_key: str) -> None:
    logger.debug("using AWS secret %s", aws_secret_access_key)


async def register(endpoint: str, secret_id: str) -> bool:
    creds = aws_secret(secret_id)
    logger.info("loaded secret %s with fields %s", secret_id, sorted(creds))
    _log_credential(creds["aws_secret_access_key"])
    async with ModelRed() as client:
        try:
            await client.register_sagemaker_model(
                model_id=f"sm-{endpoint}",
                endpoint_name=endpoint,
                region=creds.get("region", "us-east-1"),
                aws_access_key_id=creds["aws_access_key_id"],
                aws_secret_access_key=creds["aws_secret_access_key"],
            )
        except ValidationError as e:
            logger.error("ModelRed refused the registration of %s: %s", endpoint, e)
            return False
        except ModelRedError as e:
            logger.error("registration failed: %s", type(e).__name__)
            return False
    logger.info("registered %s (access key id %s)", endpoint, creds["aws_access_key_id"])
    return True


if __name__ == "__main__":
    ok = asyncio.run(register("fraud-llm-prod", "modelred/sagemaker/fraud-llm"))
    print("registered" if ok else "failed")
