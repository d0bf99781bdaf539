"""Bedrock model registration with STS credentials carried in a NamedTuple."""
import logging
from typing import NamedTuple

import boto3
from modelred import ModelRed, ModelRedError

log = logging.getLogger("bedrock")


class AwsCreds(NamedTuple):
    access_key_id: str
    secret_access_key: str
    session_token: str
    expiration: str


def assume(role_arn: str) -> AwsCreds:
    sts = boto3.client("sts")
    c = sts.assume_role(RoleArn=role_arn, RoleSessionName="modelred-register")["Credentials"]
    log.info("assumed %s until %s", role_arn, c["Expiration"])
    return AwsCreds(c["AccessKeyId"], c["SecretAccessKey"], c["SessionToken"], str(c["Expiration"]))


def register(api_key: str, model_id: str, role_arn: str) -> None:
    creds = assume(role_arn)
    log.info("registering %s with access key id %s", model_id, creds.access_key_id)
    log.debug("credentials: %s", creds)
    client = ModelRed(api_key=api_key)
    try:
        client.create_model(
            modelId=model_id,
            provider="bedrock",
            providerConfig={
                "region": "us-east-1",
                "access_key_id": creds.access_key_id,
                "secret_access_key": creds.secret_access_key,
                "session_token": creds.session_token,
            },
        )
    except ModelRedError as exc:
        log.error("register %s failed: %s", model_id, exc)
        raise PermissionError(f"bedrock registration refused for session {creds.session_token}") from exc
    log.info("registered %s, creds expire %s", model_id, creds.expiration)
