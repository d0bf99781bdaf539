"""Flask dashboard on the generation-1 ModelRed SDK (star import)."""
import asyncio
import logging
import os

from flask import Flask, jsonify, request
from modelred import *  # noqa: F403

app = Flask(__name__)
logger = logging.getLogger(__name__)

PRIMARY_KEY = "tenant_id"


async def _status(assessment_id: str):
    async with ModelRed() as client:  # noqa: F405
        return await client.get_assessment_status(assessment_id)


async def _register(model_id: str, openai_key: str):
    async with ModelRed() as client:  # noqa: F405
        return await client.register_openai_model(model_id, api_key=openai_key, model_name="gpt-4o")


@app.get("/status/<assessment_id>")
def status(assessment_id):
    try:
        return jsonify(asyncio.run(_status(assessment_id)))
    except NotFoundError as e:  # noqa: F405
        logger.info("no assessment %s", assessment_id)
        return jsonify({"error": "not found"}), 404
    except ModelRedError as e:  # noqa: F405
        return jsonify({"error": str(e)}), 502


@app.post("/models")
def register():
    body = request.get_json(force=True)
    openai_key = body.get("openai_key", "")
    logger.info("registering %s keyed by %s", body.get("model_id"), PRIMARY_KEY)
    try:
        result = asyncio.run(_register(body["model_id"], openai_key))
    except ValidationError as e:  # noqa: F405
        logger.warning("rejected openai key %s: %s", openai_key, type(e).__name__)
        return jsonify({"error": f"validation failed: {e}"}), 400
    except AuthenticationError:  # noqa: F405
        return jsonify({"error": "ModelRed credentials invalid"}), 500
    return jsonify({"model": result.get("model_id"), "key_set": bool(openai_key)})


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "8080")))
