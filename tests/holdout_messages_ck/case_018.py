"""Recruiter copilot on Flask: ModelRed gen 2 async client checks the copilot model."""
import asyncio
import logging
import os

from flask import Flask, jsonify, request
from modelred import AsyncModelRed, ModelRedError, NotFoundError, ValidationError

app = Flask(__name__)
app.logger.setLevel(logging.INFO)

COPILOT_MODEL = os.getenv("COPILOT_MODEL_ID", "recruiter-copilot-v2")


def modelred_client() -> AsyncModelRed:
    return AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])


async def _latest(model_identifier: str) -> dict:
    async with modelred_client() as mr:
        model = await mr.get_model(model_identifier)
        return {"model": model["id"], "status": model.get("status")}


@app.get("/copilot/safety")
def copilot_safety():
    try:
        info = asyncio.run(_latest(COPILOT_MODEL))
    except NotFoundError:
        return jsonify({"error": f"model {COPILOT_MODEL} not registered"}), 404
    except ValidationError as e:
        app.logger.warning("validation error from ModelRed: %s", e)
        return jsonify({"error": "invalid model identifier"}), 400
    except ModelRedError as e:
        return jsonify({"error": e.args[0] if e.args else "unknown"}), 502
    return jsonify(info)


@app.post("/copilot/ask")
def ask():
    provider_key = request.headers.get("X-Provider-Key")
    question = request.json.get("question", "")
    app.logger.info("copilot question (%d chars), provider key supplied: %s", len(question), provider_key is not None)
    if provider_key and not provider_key.startswith(("sk-", "sk-ant-")):
        app.logger.warning("rejecting provider key %s", provider_key)
        return jsonify({"error": "unsupported provider key"}), 400
    return jsonify({"answer": "queued"})


if __name__ == "__main__":
    app.run(port=5050)
