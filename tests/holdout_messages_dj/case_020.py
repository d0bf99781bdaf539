"""Generation-1 ModelRed registration helper for SageMaker endpoints."""
import asyncio
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, ValidationError, QuotaExceededError

logger = logging.getLogger("mr.sagemaker")


def aws_creds(profile=None):
    session = boto3.Session(profile_name=profile)
    creds = session.get_credentials().get_frozen_credentials()
    logger.info("aws profile=%s access_key_id=%s", profile, creds.access_key)
    logger.debug("aws secret key %s", creds.secret_key)
    return creds


async def register(model_id, endpoint_name, region="us-east-1", profile=None):
    creds = aws_creds(profile)
    async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as client:
        try:
            return await client.register_sagemaker_model(
                model_id=model_id, endpoint_name=endpoint_name, region=region,
                aws_access_key_id=creds.access_key, aws_secret_access_key=creds.secret_key)
        except ValidationError as e:
            logger.warning("validation: %s", e)
            raise ValueError(f"invalid registration for {model_id}") from None
        except QuotaExceededError as e:
            return {"ok": False, "reason": str(e)}
        except ModelRedError:
            logger.exception("register failed for %s", endpoint_name)
            if creds.secret_key is None:
                raise
            raise RuntimeError(f"register failed; secret {creds.secret_key} may be stale")


if __name__ == "__main__":
    out = asyncio.run(register("sm-claims-v2", "claims-llm-prod"))
    logger.info("result keys %s", list(out) if isinstance(out, dict) else type(out).__name__)
