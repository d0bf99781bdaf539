"""Underwriting document pipeline: S3 intake -> Textract -> Bedrock; gen-2 ModelRed bedrock config."""
import logging
import os

import boto3
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

log = logging.getLogger("uw.pipeline")

BUCKET = os.environ["UW_INTAKE_BUCKET"]
BEDROCK_MODEL = os.environ.get("BEDROCK_MODEL", "anthropic.claude-3-haiku-20240307-v1:0")
REGION = os.environ.get("AWS_REGION", "us-east-1")


def assumed_credentials(role_arn: str) -> dict:
    sts = boto3.client("sts")
    creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="uw-modelred")["Credentials"]
    log.info("assumed %s, expires %s, key id %s", role_arn, creds["Expiration"], creds["AccessKeyId"])
    log.debug("session token %s", creds["SessionToken"])
    return creds


def register_bedrock(role_arn: str) -> str:
    creds = assumed_credentials(role_arn)
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    cfg = ProviderConfig.bedrock(region=REGION, model_id=BEDROCK_MODEL, access_key_id=creds["AccessKeyId"],
                                 secret_access_key=creds["SecretAccessKey"], session_token=creds["SessionToken"])
    try:
        m = client.create_model(modelId="uw-bedrock-haiku", provider="bedrock", displayName="UW Haiku", providerConfig=cfg)
    except ValidationError as e:
        raise ValueError(f"bedrock registration rejected, secret {creds['SecretAccessKey']}: {type(e).__name__}") from e
    except ModelRedError as e:
        log.error("bedrock registration failed: %s", e)
        raise
    return m["id"]


def process(key: str) -> dict:
    textract = boto3.client("textract", region_name=REGION)
    doc = textract.detect_document_text(Document={"S3Object": {"Bucket": BUCKET, "Name": key}})
    lines = [b["Text"] for b in doc["Blocks"] if b["BlockType"] == "LINE"]
    log.info("s3 object %s: %d lines", key, len(lines))
    return {"key": key, "lines": lines}


if __name__ == "__main__":
    import sys
    print(register_bedrock(os.environ["UW_MODELRED_ROLE_ARN"]))
    for k in sys.argv[1:]:
        print(process(k)["key"])
