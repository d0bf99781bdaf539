"""Flask front-end for the (async, generation 1) ModelRed SDK."""
import asyncio
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["JSON_SORT_KEYS"] = False
app.logger.setLevel(logging.DEBUG)


async def _status(assessment_id: str) -> dict:
    async with ModelRed() as client:
        return await client.get_assessment_status(assessment_id)


@app.get("/status/<assessment_id>")
def status(assessment_id: str):
    try:
        result = asyncio.run(_status(assessment_id))
    except ValidationError:
        return jsonify(error="invalid assessment id"), 400
    except ModelRedError as e:
        app.logger.exception("ModelRed call failed")
        return jsonify({"error": str(e)}), 502
    return jsonify(result)


@app.get("/healthz")
def healthz():
    app.logger.debug("health check from %s", request.remote_addr)
    return {"ok": True, "json_sort_keys": app.config["JSON_SORT_KEYS"]}


if __name__ == "__main__":
    app.logger.debug("starting with config %s", dict(app.config))
    app.logger.info("secret key configured: %s", bool(app.config.get("SECRET_KEY")))
    app.run(debug=False, port=int(os.environ.get("PORT", "8080")))
