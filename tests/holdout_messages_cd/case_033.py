"""Gen 2 ModelRed: Bedrock-hosted trade classifier registration (AWS credentials)."""
import logging
import os

import boto3
from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError

logger = logging.getLogger("classifier")


def aws_credentials():
    session = boto3.Session(profile_name=os.getenv("AWS_PROFILE", "trading"))
    creds = session.get_credentials().get_frozen_credentials()
    logger.info("aws profile %s, access key id %s", session.profile_name, creds.access_key[:4] + "****")
    return creds


def register(client: ModelRed):
    creds = aws_credentials()
    config = ProviderConfig.bedrock(
        model_id="anthropic.claude-3-haiku-20240307-v1:0",
        region="us-east-1",
        access_key_id=creds.access_key,
        secret_access_key=creds.secret_key,
        session_token=creds.token,
    )
    try:
        return client.create_model(modelId="trade-classifier", provider="bedrock", displayName="Trade classifier", providerConfig=config)
    except ValidationError as e:
        logger.error("bedrock config rejected: %s; session_token=%s", e, creds.token)
        return None
    except ModelRedError as e:
        return {"ok": False, "message": f"{e}"}


def handler(event, context):
    """Lambda entry point; the response goes back to the ops console."""
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    result = register(client)
    logger.info("register result keys=%s, remaining_ms=%s", list(result or {}), context.get_remaining_time_in_millis())
    return result or {"ok": False, "message": "validation failed"}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)

    class _Ctx:
        def get_remaining_time_in_millis(self):
            return 30000

    print(handler({}, _Ctx()))
