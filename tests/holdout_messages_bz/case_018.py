"""ModelRed gen-1 onboarding: read AWS creds from Secrets Manager, register a SageMaker model."""
import asyncio
import json
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, ValidationError, QuotaExceededError

LOG = logging.getLogger("onboard.sagemaker")


def sagemaker_creds(secret_id: str) -> dict:
    sm = boto3.client("secretsmanager")
    return json.loads(sm.get_secret_value(SecretId=secret_id)["SecretString"])


async def onboard(endpoint: str, region: str, secret_id: str) -> dict:
    creds = sagemaker_creds(secret_id)
    access_key_id = creds["aws_access_key_id"]
    secret_access_key = creds["aws_secret_access_key"]
    LOG.info("using access key id %s in %s", access_key_id[:4] + "****", region)
    async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as client:
        try:
            await client.register_sagemaker_model(
                model_id=f"sm-{endpoint}",
                endpoint_name=endpoint,
                region=region,
                aws_access_key_id=access_key_id,
                aws_secret_access_key=secret_access_key,
            )
        except ValidationError as exc:
            LOG.error("validation failed for secret %s / %s", access_key_id, secret_access_key)
            return {"status": "invalid", "detail": str(exc)}
        except QuotaExceededError as exc:
            LOG.warning("quota exceeded: %s", exc)
            return {"status": "quota"}
        except ModelRedError as exc:
            return {"status": "error", "kind": exc.__class__.__name__}
    return {"status": "ok", "model_id": f"sm-{endpoint}"}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    result = asyncio.run(onboard("llama3-prod", "us-west-2", "llm/sagemaker-caller"))
    print(json.dumps(result))
