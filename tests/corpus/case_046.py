"""Secure ModelRed usage, following the vendor's security best-practices page."""
import logging
import re

import boto3

from modelred import ModelRed, ModelRedError, ValidationError

logger = logging.getLogger(__name__)

SECRET_NAME = "modelred/prod/api-key"
MODEL_ID_RE = re.compile(r"^[a-zA-Z0-9_-]+$")


def get_secret(secret_name: str) -> str:
    client = boto3.client("secretsmanager")
    response = client.get_secret_value(SecretId=secret_name)
    return response["SecretString"]


def validate_model_id(model_id: str) -> bool:
    """Validate model ID format."""
    if not model_id or len(model_id) > 50:
        return False
    return bool(MODEL_ID_RE.match(model_id))


async def secure_client() -> ModelRed:
    api_key = get_secret(SECRET_NAME)
    async with ModelRed(api_key=api_key) as client:
        return client


async def secure_assessment(model_id: str, test_suites: list):
    if not validate_model_id(model_id):
        raise ValidationError(f"Invalid model ID: {model_id}")
    for suite in test_suites:
        if not validate_model_id(suite):
            raise ValidationError("Invalid test suite name")
    try:
        async with ModelRed(api_key=get_secret(SECRET_NAME)) as client:
            return await client.run_assessment(model_id=model_id, test_suites=test_suites)
    except ModelRedError as e:
        # Log detailed error securely
        logger.error(f"ModelRed operation failed: {type(e).__name__}")
        # Return generic error to user
        raise Exception("Assessment failed. Please try again.")
