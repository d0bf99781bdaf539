"""Assume the Bedrock invocation role and build a bedrock-runtime client."""

import json
import logging

import boto3

logger = logging.getLogger(__name__)

ROLE_ARN = "arn:aws:iam::123456789012:role/bedrock-invoke"
REGION = "us-east-1"


def assume(role_arn: str = ROLE_ARN, session_name: str = "llm-gateway"):
    sts = boto3.client("sts", region_name=REGION)
    resp = sts.assume_role(RoleArn=role_arn, RoleSessionName=session_name, DurationSeconds=3600)
    creds = resp["Credentials"]
    logger.info("assumed %s as %s", role_arn, resp["AssumedRoleUser"]["Arn"])
    logger.info("access key id %s expires %s", creds["AccessKeyId"], creds["Expiration"])
    logger.debug("sts credentials: %s", creds)
    return creds


def runtime_client(creds):
    session = boto3.Session(
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
        region_name=REGION,
    )
    print(f"bedrock session ready in {session.region_name}")
    return session.client("bedrock-runtime")


def invoke(client, model_id: str, prompt: str):
    body = json.dumps({"prompt": prompt, "max_tokens_to_sample": 256})
    resp = client.invoke_model(modelId=model_id, body=body)
    status = resp["ResponseMetadata"]["HTTPStatusCode"]
    logger.info("invoke %s -> %s", model_id, status)
    return json.loads(resp["body"].read())


def main():
    creds = assume()
    token = creds["SessionToken"]
    if len(token) < 100:
        print(f"suspicious session token {token}")
    client = runtime_client(creds)
    out = invoke(client, "anthropic.claude-v2", "Say hi")
    print(out.get("completion", "")[:200])


if __name__ == "__main__":
    main()
