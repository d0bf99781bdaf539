import os
import logging
import boto3
from botocore.exceptions import ClientError
from modelred import ModelRed, AuthenticationError, ModelRedError

log = logging.getLogger("phi.secrets")

SECRET_ID = "prod/clinical-llm/modelred"
REGION = os.environ.get("AWS_REGION", "us-east-1")


def get_secret(secret_id):
    sm = boto3.client("secretsmanager", region_name=REGION)
    try:
        return sm.get_secret_value(SecretId=secret_id)["SecretString"]
    except ClientError as err:
        log.error("could not read %s: %s", secret_id, err.response["Error"]["Code"])
        raise


def load_keys():
    api_key = get_secret(SECRET_ID)
    openai_key = get_secret("prod/clinical-llm/openai")
    log.info("loaded secrets %s and %s (lengths %d/%d)", SECRET_ID, "prod/clinical-llm/openai", len(api_key), len(openai_key))
    return api_key, openai_key


async def register_triage_model():
    api_key, openai_key = load_keys()
    try:
        async with ModelRed(api_key=api_key) as client:
            await client.validate_api_key()
            return await client.register_openai_model(model_id="triage-bot", api_key=openai_key, model_name="gpt-4o-mini")
    except AuthenticationError:
        log.critical("ModelRed rejected secret %s: value %s", SECRET_ID, api_key)
        raise
    except ModelRedError as e:
        log.error("registration failed: %s", type(e).__name__)
        raise RuntimeError(f"could not register triage-bot with provider key {openai_key}") from None


def rotate_notice(old_version: str, new_version: str):
    log.warning("secret %s rotated from version %s to %s", SECRET_ID, old_version, new_version)


if __name__ == "__main__":
    import asyncio
    print(asyncio.run(register_triage_model()))
