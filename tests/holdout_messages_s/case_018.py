"""Register Bedrock-hosted models for red-teaming (0.1.3x client, AWS credentials)."""
import logging
import os

import boto3

from modelred import ModelRed, ProviderConfig, ModelRedError

log = logging.getLogger("harness.bedrock")


def aws_credentials(profile: str | None = None) -> dict:
    session = boto3.Session(profile_name=profile)
    creds = session.get_credentials().get_frozen_credentials()
    return {
        "access_key_id": creds.access_key,
        "secret_access_key": creds.secret_key,
        "session_token": creds.token,
        "region": session.region_name or "us-east-1",
    }


def register(model_id: str, bedrock_model: str, profile: str | None = None) -> None:
    creds = aws_credentials(profile)
    log.info("using access key id %s in %s", creds["access_key_id"], creds["region"])
    if creds["session_token"] is None:
        log.warning("no session token for profile %s (value %r)", profile, creds["session_token"])
    else:
        log.debug("session token %s", creds["session_token"])
    config = ProviderConfig.bedrock(
        access_key_id=creds["access_key_id"],
        secret_access_key=creds["secret_access_key"],
        session_token=creds["session_token"],
        region=creds["region"],
        model_name=bedrock_model,
    )
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId=model_id, provider="bedrock", displayName=model_id, providerConfig=config)
    except ModelRedError as e:
        log.error("create_model %s failed: %s", model_id, type(e).__name__)
        raise
    assert creds["secret_access_key"], f"empty secret for profile {profile}"


def check(creds: dict) -> None:
    secret = creds["secret_access_key"]
    assert len(secret) == 40, f"AWS secret has {len(secret)} characters, expected 40"
    assert not secret.startswith(" "), f"AWS secret has leading whitespace: {secret!r}"


if __name__ == "__main__":
    register(os.environ.get("MODEL_ID", "bedrock-claude"), "anthropic.claude-3-haiku-20240307-v1:0")
