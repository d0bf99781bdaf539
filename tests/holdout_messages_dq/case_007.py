"""Register the Bedrock-hosted Claude with ModelRed (generation 2) using session credentials."""

from __future__ import annotations

import logging
import os
from typing import NamedTuple

import boto3
from modelred import ConflictError, ModelRed, ProviderConfig

log = logging.getLogger("redteam.bedrock")


class AwsCreds(NamedTuple):
    access_key_id: str
    secret_access_key: str
    session_token: str | None
    region: str


def session_creds(profile: str) -> AwsCreds:
    session = boto3.Session(profile_name=profile)
    frozen = session.get_credentials().get_frozen_credentials()
    creds = AwsCreds(frozen.access_key, frozen.secret_key, frozen.token, session.region_name or "us-east-1")
    log.info("profile %s -> key id %s in %s", profile, creds.access_key_id, creds.region)
    log.debug("resolved credentials %s", creds)
    return creds


def register(mr_key: str, profile: str = "redteam") -> None:
    akid, secret, token, region = session_creds(profile)
    print(f"{akid=} {region=} temporary={token is not None}")
    if len(secret) != 40:
        raise ValueError(f"unexpected secret access key {secret!r} for profile {profile}")
    config = ProviderConfig.bedrock(
        region=region,
        model_id="anthropic.claude-3-5-sonnet-20240620-v1:0",
        access_key_id=akid,
        secret_access_key=secret,
        session_token=token,
    )
    client = ModelRed(api_key=mr_key)
    try:
        client.create_model(modelId="claude-bedrock", provider="bedrock", displayName="Claude on Bedrock", providerConfig=config)
    except ConflictError as exc:
        log.info("model already registered: %s", exc)
    else:
        log.info("registered claude-bedrock in %s", region)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    register(os.environ["MODELRED_API_KEY"], profile=os.getenv("AWS_PROFILE", "redteam"))
