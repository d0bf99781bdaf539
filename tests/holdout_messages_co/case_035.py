"""AWS Lambda handler that registers a Hugging Face model with ModelRed (generation 1)."""
from __future__ import annotations

import asyncio
import json
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, SubscriptionLimitError

logger = logging.getLogger()
logger.setLevel(logging.INFO)

_ssm = boto3.client("ssm")


def _param(name: str) -> str:
    return _ssm.get_parameter(Name=name, WithDecryption=True)["Parameter"]["Value"]


async def _register(model_id: str, repo: str) -> dict:
    hf_token = _param(os.environ["HF_TOKEN_PARAM"])
    mr_key = _param(os.environ["MODELRED_KEY_PARAM"])
    logger.info("params %s and %s read", os.environ["HF_TOKEN_PARAM"], os.environ["MODELRED_KEY_PARAM"])
    async with ModelRed(api_key=mr_key) as client:
        try:
            await client.register_huggingface_model(model_id=model_id, model_name=repo, api_key=hf_token)
        except SubscriptionLimitError as e:
            logger.warning("subscription limit: %s", e)
            return {"ok": False, "error": "subscription limit reached"}
        except ModelRedError as e:
            return {"ok": False, "error": str(e)}
    logger.info("registered %s with hf token %s", model_id, hf_token)
    return {"ok": True, "model_id": model_id}


def handler(event: dict, context: object) -> dict:
    body = json.loads(event.get("body") or "{}")
    model_id, repo = body.get("model_id"), body.get("repo")
    if not model_id or not repo:
        return {"statusCode": 400, "body": json.dumps({"error": "model_id and repo are required"})}
    logger.info("request %s for %s (remaining %d ms)", context.aws_request_id, model_id, context.get_remaining_time_in_millis())
    result = asyncio.run(_register(model_id, repo))
    return {"statusCode": 200 if result["ok"] else 502, "body": json.dumps(result)}
