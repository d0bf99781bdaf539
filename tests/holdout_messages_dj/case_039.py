"""Generation-2 synchronous client with a wrapper that turns SDK errors into user messages."""
import logging
import os

from modelred import ModelRed, ModelRedError, RateLimitError, NotFoundError, ProviderConfig

logger = logging.getLogger("portal.mr")
client = ModelRed(api_key=os.getenv("MODELRED_API_KEY"))


def user_message(exc: Exception) -> str:
    if isinstance(exc, RateLimitError):
        return "Too many requests, try again in a minute."
    if isinstance(exc, NotFoundError):
        return "That model does not exist."
    return "Something went wrong."


def start_scan(model_identifier, test_types):
    try:
        return {"ok": True, "assessment": client.create_assessment(model=model_identifier, test_types=test_types)}
    except ModelRedError as exc:
        logger.warning("scan for %s failed: %s", model_identifier, exc)
        return {"ok": False, "message": user_message(exc)}


def wait(assessment_id):
    try:
        return client.wait_for_completion(assessment_id, timeout=600)
    except ModelRedError as exc:
        return {"ok": False, "message": f"Scan {assessment_id} failed: {exc}"}


def add_bedrock(model_id, access_key_id, secret_access_key, session_token=None):
    cfg = ProviderConfig.bedrock(access_key_id=access_key_id, secret_access_key=secret_access_key,
                                 session_token=session_token, region="us-west-2")
    logger.info("bedrock model %s with key id %s", model_id, access_key_id)
    if session_token is not None and len(session_token) < 100:
        logger.warning("short session token for %s: %s", model_id, session_token)
    try:
        return client.create_model(modelId=model_id, provider="bedrock", displayName=model_id, providerConfig=cfg)
    except ModelRedError as exc:
        logger.error("bedrock registration failed (%s)", type(exc).__name__)
        raise


def probes():
    items = client.list_probes()
    logger.info("%d probes, max_tokens hint %s", len(items), os.getenv("PROBE_MAX_TOKENS", "n/a"))
    return items
