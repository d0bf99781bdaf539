"""Register the Lex/SageMaker intent model behind Amazon Connect with ModelRed (generation 1) and assess it."""
import asyncio
import logging
import os

import boto3

from modelred import ModelRed, ModelRedError, ValidationError, SubscriptionLimitError

log = logging.getLogger("connect.redteam")


def sagemaker_creds() -> dict:
    sts = boto3.client("sts")
    role = sts.assume_role(RoleArn=os.environ["REDTEAM_ROLE_ARN"], RoleSessionName="modelred-redteam")
    creds = role["Credentials"]
    log.info("assumed %s until %s", role["AssumedRoleUser"]["Arn"], creds["Expiration"])
    return creds


async def register_and_assess(endpoint_name: str) -> dict:
    creds = sagemaker_creds()
    secret_key = creds["SecretAccessKey"]
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            await client.register_sagemaker_model(
                model_id=f"connect-{endpoint_name}",
                endpoint_name=endpoint_name,
                region="eu-west-2",
                aws_access_key_id=creds["AccessKeyId"],
                aws_secret_access_key=secret_key,
                aws_session_token=creds["SessionToken"],
            )
        except ValidationError as e:
            log.error("register rejected for %s; secret key %s", endpoint_name, secret_key)
            return {"ok": False, "reason": "invalid registration"}
        except SubscriptionLimitError as e:
            return {"ok": False, "reason": f"plan limit: {e}"}
        try:
            job = await client.run_assessment(
                model_id=f"connect-{endpoint_name}",
                test_suites=["basic_security", "toxicity"],
                priority="normal",
                timeout_minutes=30,
            )
        except ModelRedError as e:
            log.exception("run_assessment failed")
            return {"ok": False, "reason": type(e).__name__}
    return {"ok": True, "assessment_id": job.assessment_id}


def handler(event, context):
    endpoint = event.get("endpoint_name", "lex-intent-uk")
    result = asyncio.run(register_and_assess(endpoint))
    log.info("result %s", result)
    return result
