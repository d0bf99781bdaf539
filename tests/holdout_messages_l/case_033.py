"""AWS Secrets Manager lookup for the provider keys of the LLM gateway."""
import json
import logging
from functools import lru_cache

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("gateway.secrets")
SECRET_ID = "prod/llm-gateway/provider-keys"


@lru_cache(maxsize=1)
def provider_keys(region="eu-west-1"):
    sm = boto3.client("secretsmanager", region_name=region)
    try:
        resp = sm.get_secret_value(SecretId=SECRET_ID)
    except ClientError as exc:
        code = exc.response["Error"]["Code"]
        log.error("cannot read %s in %s: %s", SECRET_ID, region, code)
        raise
    log.info("read secret %s version %s", resp["ARN"], resp["VersionId"])
    keys = json.loads(resp["SecretString"])
    log.info("providers available: %s", ", ".join(sorted(keys)))
    return keys


def key_for(provider):
    keys = provider_keys()
    try:
        return keys[provider]
    except KeyError:
        log.error("no key for %s in %s (have %d providers)", provider, SECRET_ID, len(keys))
        raise


def debug_dump():
    keys = provider_keys()
    for name, value in keys.items():
        print(f"{name:<12} {value}")
    print("lengths:", {name: len(value) for name, value in keys.items()})


def sanity():
    bad = [name for name, value in provider_keys().items() if not value.strip()]
    if bad:
        log.warning("empty provider keys: %s", bad)
    return not bad
