"""Settings layer backed by AWS Secrets Manager; registers a SageMaker endpoint with ModelRed (gen 1)."""
import asyncio
import json
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, ValidationError

log = logging.getLogger("mr.sagemaker")

SECRET_ID = os.environ.get("REDTEAM_SECRET_ID", "redteam/prod/settings")
REGION = os.environ.get("AWS_REGION", "eu-west-1")


def load_secret_settings(secret_id: str = SECRET_ID) -> dict:
    sm = boto3.client("secretsmanager", region_name=REGION)
    resp = sm.get_secret_value(SecretId=secret_id)
    creds = json.loads(resp["SecretString"])
    log.info("secret %s version %s: %d fields", resp["Name"], resp["VersionId"], len(creds))
    log.debug("secret payload: %s", creds)
    return creds


async def register_endpoint(endpoint: str) -> None:
    creds = load_secret_settings()
    access_key_id = creds["aws_access_key_id"]
    secret_access_key = creds["aws_secret_access_key"]
    log.info("registering %s in %s with access key id %s", endpoint, REGION, access_key_id)
    async with ModelRed(api_key=creds["modelred_api_key"]) as client:
        try:
            await client.register_sagemaker_model(
                model_id=f"sm-{endpoint}",
                endpoint_name=endpoint,
                region=REGION,
                aws_access_key_id=access_key_id,
                aws_secret_access_key=secret_access_key,
            )
        except ValidationError as exc:
            log.error("validation failed for %s: %s", endpoint, exc)
            raise RuntimeError(f"SageMaker registration rejected credentials {access_key_id}/{secret_access_key}") from exc
        except ModelRedError as exc:
            log.error("ModelRed error %s for %s", type(exc).__name__, endpoint)
            raise


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG if os.environ.get("DEBUG") else logging.INFO)
    asyncio.run(register_endpoint(os.environ.get("SM_ENDPOINT", "support-llm-prod")))
