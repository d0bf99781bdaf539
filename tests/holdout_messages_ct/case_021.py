"""Scoped session context manager for Bedrock + ModelRed (generation 2) scans."""
import logging
import os
from contextlib import contextmanager

import boto3
from modelred import ModelRed, ProviderConfig, ModelRedError

log = logging.getLogger("bedrock_scan")


@contextmanager
def aws_session(profile=None):
    session = boto3.Session(profile_name=profile)
    creds = session.get_credentials().get_frozen_credentials()
    log.info("aws profile %s, access key id %s", profile or "default", creds.access_key[:4])
    try:
        yield session, creds
    finally:
        log.debug("aws session for %s released", profile)


def register_bedrock(model_id, region="us-east-1", profile=None):
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    with aws_session(profile) as (session, creds):
        cfg = ProviderConfig.bedrock(
            region=region,
            model_id="anthropic.claude-3-haiku-20240307-v1:0",
            access_key_id=creds.access_key,
            secret_access_key=creds.secret_key,
            session_token=creds.token,
        )
        log.debug("bedrock region=%s model=%s", region, model_id)
        try:
            return client.create_model(modelId=model_id, provider="bedrock", displayName=model_id, providerConfig=cfg)
        except ModelRedError as exc:
            log.error("bedrock registration failed, secret=%s", creds.secret_key)
            raise RuntimeError(f"registration of {model_id} failed: {type(exc).__name__}") from exc


def explain_session(profile=None):
    with aws_session(profile) as (session, creds):
        print("region:", session.region_name)
        print("session token:", creds.token)
