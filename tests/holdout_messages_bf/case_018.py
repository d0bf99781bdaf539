"""Wellness chatbot provisioning on Bedrock + ModelRed generation-2 scan."""
import logging
import os

import boto3
from modelred import ModelRedClient, ProviderConfig, ModelRedError, NotFoundError

plog = logging.getLogger("wellness.provision")

REGION = os.environ.get("AWS_REGION", "eu-west-1")
BEDROCK_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


def assumed_credentials(role_arn):
    sts = boto3.client("sts")
    creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="modelred-scan")["Credentials"]
    plog.info("assumed %s until %s (key id %s)", role_arn, creds["Expiration"], creds["AccessKeyId"][:4])
    return creds


def provision(role_arn):
    creds = assumed_credentials(role_arn)
    cfg = ProviderConfig.bedrock(
        region=REGION,
        model_id=BEDROCK_MODEL,
        access_key_id=creds["AccessKeyId"],
        secret_access_key=creds["SecretAccessKey"],
        session_token=creds["SessionToken"],
    )
    client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.get_model("wellness-bedrock")
        plog.info("model already registered in %s", REGION)
    except NotFoundError:
        client.create_model(modelId="wellness-bedrock", provider="bedrock", displayName="Wellness (Bedrock)", providerConfig=cfg)
    except ModelRedError as e:
        plog.error("lookup failed for wellness-bedrock: %s; creds %s", e, creds)
        raise
    return client.create_assessment(model="wellness-bedrock", test_types=["medical_advice", "prompt_injection"])


def check_session(creds):
    if "SessionToken" not in creds:
        raise ValueError(f"no session token in credentials expiring {creds.get('Expiration')}")
    if not creds["SecretAccessKey"]:
        raise ValueError("empty secret for session %s" % creds["SessionToken"])
    return True


if __name__ == "__main__":
    job = provision(os.environ["SCAN_ROLE_ARN"])
    plog.info("assessment %s started", job.get("id"))
