"""Register a Bedrock/SageMaker model for scanning from a YAML report config (gen 2)."""
import logging
import os

import boto3
import yaml
from modelred import ModelRed, ProviderConfig, ModelRedError

log = logging.getLogger("aws_register")


def aws_creds(profile: str) -> dict:
    session = boto3.Session(profile_name=profile)
    c = session.get_credentials().get_frozen_credentials()
    return {"access_key_id": c.access_key, "secret_access_key": c.secret_key, "session_token": c.token}


def register(config_path: str):
    with open(config_path) as fh:
        cfg = yaml.safe_load(fh)
    creds = aws_creds(cfg.get("aws_profile", "default"))
    log.info("aws profile %s region %s", cfg.get("aws_profile"), cfg.get("region"))
    log.debug("aws creds %s", creds)
    pc = ProviderConfig.bedrock(region=cfg.get("region", "us-east-1"), model_id=cfg["bedrock_model"],
                                access_key_id=creds["access_key_id"],
                                secret_access_key=creds["secret_access_key"],
                                session_token=creds["session_token"])
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId=cfg["model_id"], provider="bedrock",
                            displayName=cfg.get("name", cfg["model_id"]), providerConfig=pc)
    except ModelRedError as e:
        log.error("create_model failed: %s", e)
        raise
    log.info("registered %s (max_tokens %s)", cfg["model_id"], cfg.get("max_tokens"))
    return cfg["model_id"]


def check_secret(creds: dict):
    secret = creds.get("secret_access_key") or ""
    if len(secret) != 40:
        raise ValueError("unexpected AWS secret length %d for %s" % (len(secret), secret))
    return True


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    register(sys.argv[1])
