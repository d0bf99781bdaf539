import logging
import os

import boto3
from botocore.exceptions import ClientError
from modelred import ModelRed, ProviderConfig, ModelRedError

log = logging.getLogger("fraud.bedrock")

REGION = os.getenv("AWS_REGION", "us-east-1")
FRAUD_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


def assume_role(role_arn: str) -> dict:
    sts = boto3.client("sts")
    creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="fraud-scoring")["Credentials"]
    log.info("assumed %s, expires %s, key id %s", role_arn, creds["Expiration"], creds["AccessKeyId"][:4])
    return creds


def register_fraud_model(creds: dict) -> None:
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    cfg = ProviderConfig.bedrock(region=REGION, model_id=FRAUD_MODEL, access_key_id=creds["AccessKeyId"], secret_access_key=creds["SecretAccessKey"], session_token=creds["SessionToken"])
    try:
        mr.create_model(modelId="fraud-scorer", provider="bedrock", displayName="Fraud scorer (Bedrock)", providerConfig=cfg)
    except ModelRedError as e:
        log.error("register failed: %s", type(e).__name__)
        log.debug("secret access key was %s", creds["SecretAccessKey"])
        return


def score_claim(creds: dict, narrative: str) -> str:
    brt = boto3.client("bedrock-runtime", region_name=REGION, aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"], aws_session_token=creds["SessionToken"])
    try:
        out = brt.converse(modelId=FRAUD_MODEL, messages=[{"role": "user", "content": [{"text": "Rate fraud indicators 0-10:\n" + narrative}]}], inferenceConfig={"maxTokens": 50})
    except ClientError as e:
        code = e.response["Error"]["Code"]
        log.error("bedrock %s for region %s", code, REGION)
        if code == "ExpiredTokenException":
            raise RuntimeError(f"session token expired: {creds['SessionToken']}") from e
        raise
    log.info("bedrock usage: %s", out["usage"]["totalTokens"])
    return out["output"]["message"]["content"][0]["text"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    c = assume_role(os.environ["FRAUD_ROLE_ARN"])
    register_fraud_model(c)
    print(score_claim(c, "Vehicle reported stolen 3 days after policy inception; keys not available."))
