"""Register the Bedrock-hosted variant-interpretation model with ModelRed (generation 2 API)."""
import logging
import os

import boto3
from modelred import ModelRed, ProviderConfig, ConflictError, ModelRedError

log = logging.getLogger("register-bedrock")

REGION = os.environ.get("AWS_REGION", "us-east-1")
MODEL_ARN = "anthropic.claude-3-5-sonnet-20240620-v1:0"


def aws_credentials(profile: str) -> tuple[str, str, str | None]:
    session = boto3.Session(profile_name=profile)
    creds = session.get_credentials().get_frozen_credentials()
    log.info("profile %s resolved access key id %s in %s", profile, creds.access_key[:4] + "...", REGION)
    return creds.access_key, creds.secret_key, creds.token


def register(profile: str = "lab-bedrock") -> str:
    access_key_id, secret_access_key, session_token = aws_credentials(profile)
    if session_token is None:
        log.warning("profile %s has no session token; using long-lived keys", profile)
    if len(secret_access_key) != 40:
        raise ValueError(f"AWS secret for {profile} has unexpected length: {secret_access_key}")
    config = ProviderConfig.bedrock(
        region=REGION,
        model_id=MODEL_ARN,
        access_key_id=access_key_id,
        secret_access_key=secret_access_key,
        session_token=session_token,
    )
    log.debug("bedrock provider config: %s", config)
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        model = client.create_model(
            modelId="varinterp-bedrock",
            provider="bedrock",
            displayName="Variant interpretation (Bedrock Sonnet)",
            providerConfig=config,
        )
    except ConflictError:
        log.info("varinterp-bedrock already registered")
        return "varinterp-bedrock"
    except ModelRedError as exc:
        log.error("registration failed: %s", exc)
        raise SystemExit(1)
    log.info("registered %s (max_tokens default %s)", model["id"], model.get("max_tokens"))
    return model["id"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    register()
