"""Flask app that proxies assessment requests to ModelRed (generation 1)."""
import asyncio
import os

from flask import Flask, current_app, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError

app = Flask(__name__)
app.config["MODELRED_API_KEY"] = os.environ.get("MODELRED_API_KEY")


@app.before_request
def trace_request():
    current_app.logger.debug("%s %s from %s", request.method, request.path, request.remote_addr)
    current_app.logger.debug("request headers: %s", dict(request.headers))


async def _run(model_id: str, suites: list) -> dict:
    async with ModelRed(api_key=current_app.config["MODELRED_API_KEY"]) as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites)


@app.post("/assess")
def assess():
    body = request.get_json(force=True)
    try:
        result = asyncio.run(_run(body["model_id"], body.get("suites", ["basic_security"])))
    except ValidationError as e:
        return jsonify(error="invalid request", field=getattr(e, "field", None)), 400
    except ModelRedError as e:
        current_app.logger.exception("assessment failed")
        return jsonify(error=str(e)), 502
    return jsonify(result)


@app.get("/config")
def show_config():
    key = current_app.config["MODELRED_API_KEY"] or ""
    current_app.logger.info("config requested; key configured=%s", bool(key))
    return jsonify(model_default=os.environ.get("DEFAULT_MODEL", "gpt-4o"), key_suffix=key[-4:])
