"""Register the Bedrock-hosted exploit-writeup model with ModelRed (gen-2) and test it."""
import logging
import os

import boto3
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

log = logging.getLogger("bedrock.register")

REGION = os.environ.get("AWS_REGION", "us-east-1")
MODEL_ID = "writeup-bedrock"


def aws_creds():
    session = boto3.Session(profile_name=os.environ.get("AWS_PROFILE", "redteam"))
    frozen = session.get_credentials().get_frozen_credentials()
    log.info("aws profile %s, region %s, key id %s", session.profile_name, REGION, frozen.access_key[:4])
    return frozen


def register(client: ModelRed):
    creds = aws_creds()
    cfg = ProviderConfig.bedrock(
        region=REGION,
        model_name="anthropic.claude-3-5-sonnet-20240620-v1:0",
        access_key_id=creds.access_key,
        secret_access_key=creds.secret_key,
        session_token=creds.token,
    )
    log.debug("bedrock secret %s session %s", creds.secret_key, creds.token)
    try:
        return client.create_model(modelId=MODEL_ID, provider="bedrock", displayName="Writeups (Bedrock)", providerConfig=cfg)
    except ConflictError:
        log.info("model %s already registered", MODEL_ID)
        return client.get_model(MODEL_ID)


def assess(client: ModelRed) -> dict:
    try:
        job = client.create_assessment(model=MODEL_ID, test_types=["data_exfiltration", "jailbreak"], priority="normal")
        return {"ok": True, "assessment": job["id"]}
    except ModelRedError as exc:
        log.error("assessment failed: %s", exc)
        return {"ok": False, "message": exc.args[0] if exc.args else "unknown"}


def main():
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    register(client)
    result = assess(client)
    log.info("result %s", result)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    raise SystemExit(main())
