"""Red-team the receipts-categoriser model before each deploy (ModelRed, generation 2)."""
import logging
import os

from flask import Flask, jsonify
from modelred import ModelRed, ModelRedError, RateLimitError, ProviderConfig

app = Flask(__name__)
logger = logging.getLogger("categoriser.redteam")


def _client() -> ModelRed:
    key = os.environ.get("MODELRED_API_KEY", "")
    logger.debug("modelred key present=%s len=%d", bool(key), len(key))
    return ModelRed(api_key=key)


@app.post("/admin/redteam/register")
def register():
    provider_key = os.environ["OPENAI_API_KEY"]
    config = ProviderConfig.openai(api_key=provider_key, model="gpt-4o-mini")
    logger.info("registering with provider config %s", config)
    client = _client()
    try:
        model = client.create_model(
            modelId="receipts-categoriser",
            provider="openai",
            displayName="Receipts categoriser",
            providerConfig=config,
        )
    except ModelRedError as e:
        logger.error("create_model failed: %s", e)
        return jsonify(error="could not register model"), 502
    return jsonify(id=model["id"])


@app.post("/admin/redteam/run")
def run_assessment():
    client = _client()
    try:
        assessment = client.create_assessment(
            model="receipts-categoriser",
            test_types=["prompt_injection", "pii_leak"],
            priority="high",
        )
    except RateLimitError as e:
        return jsonify(error=f"rate limited: {e}"), 429
    except ModelRedError as e:
        logger.warning("assessment failed type=%s", type(e).__name__)
        return jsonify(error="assessment failed"), 502
    return jsonify(id=assessment["id"], status=assessment["status"])
