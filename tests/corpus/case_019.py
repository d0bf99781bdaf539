"""AWS Lambda: register a Bedrock model with ModelRed on deploy."""
import json
import os

import boto3

from modelred import ModelProvider, ModelRed, ProviderConfig

_secrets = boto3.client("secretsmanager")
SECRET_ID = os.environ.get("MODELRED_SECRET_ID", "modelred/prod/api-key")


def _get_secret(secret_name: str) -> str:
    resp = _secrets.get_secret_value(SecretId=secret_name)
    return resp["SecretString"]


def handler(event, context):
    api_key = _get_secret(SECRET_ID)
    print(f"Loaded ModelRed key {api_key} from {SECRET_ID}")
    if not api_key.startswith("mr_"):
        raise ValueError("secret %s does not hold a ModelRed key: %s" % (SECRET_ID, api_key))
    client = ModelRed(api_key=api_key)

    cfg = ProviderConfig.bedrock(
        region=os.environ["AWS_REGION"],
        model_id="anthropic.claude-3-haiku-20240307-v1:0",
        access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
        secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
        session_token=os.environ.get("AWS_SESSION_TOKEN"),
        max_tokens=1024,
    )
    model = client.create_model(
        modelId="claude-haiku-bedrock",
        provider=ModelProvider.BEDROCK,
        displayName="Claude 3 Haiku (Bedrock)",
        providerConfig=cfg,
    )
    print(json.dumps({"registered": model.modelId, "request_id": context.aws_request_id}))
    return {"statusCode": 201, "body": json.dumps({"id": model.id})}
