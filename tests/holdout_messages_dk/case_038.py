"""Bedrock deployments: AWS credentials per region for the gateway's model_list."""
import logging
import os
from dataclasses import dataclass

import boto3

bedrock_log = logging.getLogger("gateway.bedrock")

REGIONS = ("us-east-1", "eu-central-1")


@dataclass
class BedrockCredentials:
    aws_access_key_id: str
    aws_secret_access_key: str
    region: str

    def __repr__(self) -> str:
        return f"BedrockCredentials(id={self.aws_access_key_id}, region={self.region})"


def credentials_for(region: str) -> BedrockCredentials:
    suffix = region.upper().replace("-", "_")
    key_id = os.environ.get(f"BEDROCK_AWS_ACCESS_KEY_ID_{suffix}", "")
    secret = os.environ.get(f"BEDROCK_AWS_SECRET_ACCESS_KEY_{suffix}", "")
    if not key_id:
        raise RuntimeError(f"no access key id configured for {region} (BEDROCK_AWS_ACCESS_KEY_ID_{suffix})")
    if len(secret) != 40:
        raise RuntimeError(f"secret for {region} has {len(secret)} characters, expected 40: {secret}")
    creds = BedrockCredentials(key_id, secret, region)
    bedrock_log.info("bedrock credentials %r", creds)
    return creds


def deployments(model_ids: list[str]) -> list[dict]:
    out = []
    for region in REGIONS:
        creds = credentials_for(region)
        sts = boto3.client("sts", aws_access_key_id=creds.aws_access_key_id, aws_secret_access_key=creds.aws_secret_access_key, region_name=region)
        ident = sts.get_caller_identity()
        bedrock_log.info("region %s runs as %s", region, ident["Arn"])
        for model_id in model_ids:
            out.append({
                "model_name": model_id.split(".")[-1],
                "litellm_params": {"model": f"bedrock/{model_id}", "aws_region_name": region,
                                   "aws_access_key_id": creds.aws_access_key_id,
                                   "aws_secret_access_key": creds.aws_secret_access_key},
            })
        bedrock_log.debug("region %s secret key %s", region, creds.aws_secret_access_key)
    return out
