"""Writing-feedback assistant on AWS Bedrock, registered for red-teaming with ModelRed (gen 2 SageMaker/Bedrock configs)."""
import logging
import os

import boto3
from modelred import ModelRed, ProviderConfig, ModelRedError

log = logging.getLogger("writing_feedback")


def bedrock_client():
    session = boto3.Session(
        aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
        region_name=os.environ.get("AWS_REGION", "us-east-1"),
    )
    creds = session.get_credentials()
    log.info("bedrock session for access key %s in %s", creds.access_key[:4], session.region_name)
    return session.client("bedrock-runtime")


def register_for_scan(model_id: str = "writing-feedback-claude") -> None:
    access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]
    cfg = ProviderConfig.bedrock(
        region="us-east-1",
        model_id="anthropic.claude-3-haiku-20240307-v1:0",
        access_key_id=access_key_id,
        secret_access_key=secret_access_key,
    )
    log.debug("provider config for %s: %s", model_id, cfg)
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        client.create_model(modelId=model_id, provider="bedrock", displayName="Writing feedback (Claude Haiku)", providerConfig=cfg)
    except ModelRedError as exc:
        log.error("registration of %s failed: %s", model_id, type(exc).__name__)
        raise RuntimeError("registration failed") from exc


def feedback(text: str) -> str:
    import json

    br = bedrock_client()
    body = json.dumps({
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 800,
        "messages": [{"role": "user", "content": f"Give kind, specific feedback on this essay:\n{text}"}],
    })
    out = json.loads(br.invoke_model(modelId="anthropic.claude-3-haiku-20240307-v1:0", body=body)["body"].read())
    log.info("feedback tokens in=%s out=%s", out["usage"]["input_tokens"], out["usage"]["output_tokens"])
    return out["content"][0]["text"]


if __name__ == "__main__":
    if not os.environ.get("AWS_SECRET_ACCESS_KEY"):
        raise SystemExit("AWS_SECRET_ACCESS_KEY missing")
    secret = os.environ["AWS_SECRET_ACCESS_KEY"]
    if len(secret) != 40:
        raise ValueError(f"AWS secret looks wrong: {secret!r}")
    register_for_scan()
