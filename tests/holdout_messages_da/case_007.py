"""Registers the Bedrock-hosted chat moderation model with ModelRed (generation 2 SDK)."""
import logging
import os

import boto3
from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError

logger = logging.getLogger("liveops.moderation.register")

MODEL_ID = "ingame-chat-mod-bedrock"
REGION = os.getenv("AWS_REGION", "us-west-2")


def _session_credentials():
    sess = boto3.Session(profile_name=os.getenv("AWS_PROFILE", "liveops-moderation"))
    creds = sess.get_credentials().get_frozen_credentials()
    logger.info("using AWS key id %s in %s", creds.access_key[:4] + "****", REGION)
    return creds


def register() -> None:
    creds = _session_credentials()
    provider_config = ProviderConfig.bedrock(
        region=REGION,
        model_id="anthropic.claude-3-haiku-20240307-v1:0",
        access_key_id=creds.access_key,
        secret_access_key=creds.secret_key,
        session_token=creds.token,
        max_tokens=512,
    )
    logger.debug("provider config: %r", provider_config)
    logger.debug("bedrock max_tokens=%d region=%s", 512, REGION)
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        model = client.create_model(
            modelId=MODEL_ID,
            provider="bedrock",
            displayName="In-game chat moderation (Bedrock Haiku)",
            providerConfig=provider_config,
        )
        logger.info("registered %s as %s", MODEL_ID, model.get("id"))
    except ConflictError:
        logger.info("%s already registered, skipping", MODEL_ID)
    except ValidationError as err:
        logger.error("ModelRed rejected the config for %s: %s", MODEL_ID, err)
        raise
    if creds.token:
        logger.debug("temporary session token in use: %s", creds.token)
    else:
        logger.debug("no session token (long-lived keys); token is %r", creds.token)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    register()
