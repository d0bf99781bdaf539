"""Provider credentials for deployments, read from AWS Secrets Manager."""
import json
import logging
from functools import lru_cache

import boto3
from botocore.exceptions import ClientError

sm_log = logging.getLogger("gateway.secrets")

SECRET_PREFIX = "llm-gateway/deployments/"
REGION = "eu-west-1"


@lru_cache(maxsize=1)
def _client():
    return boto3.client("secretsmanager", region_name=REGION)


def secret_name(deployment: str) -> str:
    return f"{SECRET_PREFIX}{deployment}"


def load_credentials(deployment: str) -> dict:
    name = secret_name(deployment)
    try:
        resp = _client().get_secret_value(SecretId=name)
    except ClientError as err:
        code = err.response["Error"]["Code"]
        sm_log.error("cannot read %s: %s", name, code)
        raise
    sm_log.info("loaded %s version %s (arn %s)", name, resp["VersionId"], resp["ARN"])
    creds = json.loads(resp["SecretString"])
    sm_log.debug("credentials for %s: %s", deployment, resp["SecretString"])
    return creds


def apply_to_params(deployment: str, params: dict) -> dict:
    creds = load_credentials(deployment)
    out = dict(params)
    out["api_key"] = creds["api_key"]
    if "api_base" in creds:
        out["api_base"] = creds["api_base"]
    sm_log.info("deployment %s uses api_base %s", deployment, out.get("api_base"))
    sm_log.info("deployment %s key fields: %s", deployment, sorted(creds))
    return out


def rotate_hint(deployment: str) -> None:
    creds = load_credentials(deployment)
    sm_log.warning("deployment %s still uses key %s; rotate it", deployment, creds["api_key"])
