"""Cloud Function (Pub/Sub trigger): runs a ModelRed assessment when a model is promoted (generation 1)."""
import asyncio
import base64
import json
import logging
import os

import functions_framework
from google.cloud import secretmanager
from modelred import ModelRed, AuthenticationError, QuotaExceededError, ModelRedError

logging.basicConfig(level=logging.INFO)
PROJECT = os.environ.get("GOOGLE_CLOUD_PROJECT", "llm-platform")
SECRET_NAME = f"projects/{PROJECT}/secrets/modelred-api-key/versions/latest"


def _secret():
    sm = secretmanager.SecretManagerServiceClient()
    return sm.access_secret_version(name=SECRET_NAME).payload.data.decode("utf-8")


async def _run(model_id, suites, api_key):
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=False)


@functions_framework.cloud_event
def on_promotion(cloud_event):
    msg = json.loads(base64.b64decode(cloud_event.data["message"]["data"]))
    model_id = msg["model_id"]
    suites = msg.get("test_suites", ["basic_security"])
    logging.info("promotion event %s for %s", cloud_event["id"], model_id)
    api_key = _secret()
    logging.info("secret %s resolved (%d chars)", SECRET_NAME, len(api_key))
    if not api_key.startswith("mr_"):
        raise ValueError(f"{SECRET_NAME} does not hold a ModelRed key: {api_key}")
    try:
        result = asyncio.run(_run(model_id, suites, api_key))
    except AuthenticationError:
        logging.error("ModelRed rejected key from %s: %s", SECRET_NAME, api_key)
        raise
    except QuotaExceededError as e:
        logging.warning("quota exceeded: %s", e)
        return
    except ModelRedError as e:
        logging.error("assessment failed: %s", type(e).__name__)
        raise RuntimeError(f"assessment for {model_id} failed") from e
    logging.info("assessment %s started", result["assessment_id"])
