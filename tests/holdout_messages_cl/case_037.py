"""Returns portal (Flask): customers describe damage; ModelRed gen 1 checks the returns bot."""
import asyncio
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, ModelNotFoundError, SubscriptionLimitError

app = Flask(__name__)
rlog = logging.getLogger("returns")
MODEL_ID = "returns-damage-bot"


async def _assess(suites):
    async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        return await client.run_assessment(model_id=MODEL_ID, test_suites=suites)


@app.post("/admin/returns-bot/assess")
def assess():
    suites = request.json.get("suites", ["basic_security"])
    try:
        result = asyncio.run(_assess(suites))
    except ModelNotFoundError:
        return jsonify(error=f"{MODEL_ID} is not registered"), 404
    except SubscriptionLimitError as e:
        return jsonify(error=str(e)), 402
    except ModelRedError as e:
        rlog.error("assessment error %s", e)
        return jsonify(error="assessment failed"), 502
    return jsonify(assessment_id=result["assessment_id"])


@app.get("/admin/returns-bot/status/<assessment_id>")
def status(assessment_id):
    async def go():
        async with ModelRed() as client:
            return await client.get_assessment_status(assessment_id)
    try:
        st = asyncio.run(go())
    except ModelRedError as e:
        return jsonify(error=f"status unavailable: {e}"), 502
    return jsonify(st)


@app.post("/admin/returns-bot/register")
def register():
    hf_token = request.json["hf_token"]
    async def go():
        async with ModelRed() as client:
            return await client.register_huggingface_model(model_id=MODEL_ID, model_name="acme/returns-bot", api_key=hf_token)
    try:
        asyncio.run(go())
    except ModelRedError as e:
        rlog.warning("hf registration failed, token %s (%s)", hf_token, type(e).__name__)
        return jsonify(error="registration failed"), 400
    return jsonify(ok=True)
