"""Register the Bedrock-hosted baggage-claim assistant with ModelRed (generation 2)."""
import logging
import os

import boto3
from modelred import ModelRed, ProviderConfig, ConflictError, ModelRedError

log = logging.getLogger("baggage.register")
REGION = os.environ.get("AWS_REGION", "eu-central-1")


def session_credentials():
    sts = boto3.client("sts", region_name=REGION)
    resp = sts.assume_role(RoleArn=os.environ["BEDROCK_ROLE_ARN"], RoleSessionName="modelred-register")
    creds = resp["Credentials"]
    log.info("assumed role, expires %s", creds["Expiration"])
    log.debug("access key id %s", creds["AccessKeyId"])
    return creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"]


def register():
    akid, secret, session_token = session_credentials()
    log.debug("temporary session token %s", session_token)
    cfg = ProviderConfig.bedrock(
        region=REGION,
        model_id="anthropic.claude-3-haiku-20240307-v1:0",
        access_key_id=akid,
        secret_access_key=secret,
        session_token=session_token,
    )
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId="baggage-claims", provider="bedrock", displayName="Baggage claims", providerConfig=cfg)
    except ConflictError:
        log.info("model already registered in %s", REGION)
    except ModelRedError as exc:
        raise RuntimeError(f"register failed for {akid} / {secret}: {type(exc).__name__}") from exc
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    register()
    print("registered with max_tokens default", os.environ.get("BEDROCK_MAX_TOKENS", "1024"))
