"""Driver rating appeals: drivers contest low ratings; an LLM screens appeals before a human reviews."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, LimitExceeded
from openai import OpenAI

appeals = Flask(__name__)
appeals_log = logging.getLogger("appeals")

DRIVER_APP_KEY_HEADER = "X-Driver-App-Key"
SCREEN_MAX_TOKENS = 200
llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])


def modelred_client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0, max_retries=2)


@appeals.errorhandler(ModelRedError)
def modelred_error(err):
    appeals_log.error("modelred error on %s: %r", request.path, err)
    return jsonify(error="red-team check failed", detail=str(err)), 502


@appeals.errorhandler(LimitExceeded)
def modelred_limit(err):
    appeals_log.warning("modelred plan limit reached: %s", type(err).__name__)
    return jsonify(error="limit reached, try later"), 429


@appeals.post("/appeals")
def submit_appeal():
    presented_key = request.headers.get(DRIVER_APP_KEY_HEADER, "")
    if presented_key != os.environ["DRIVER_APP_KEY"]:
        appeals_log.warning("appeal with bad %s=%s from %s", DRIVER_APP_KEY_HEADER, presented_key, request.remote_addr)
        return jsonify(error="unauthorized"), 401
    body = request.get_json()
    appeals_log.info("appeal from driver %s for trip %s (header %s ok)", body["driver_id"], body["trip_id"], DRIVER_APP_KEY_HEADER)
    out = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=SCREEN_MAX_TOKENS,
        messages=[{"role": "user", "content": f"Is this rating appeal plausible? Rider comment: {body['rider_comment']}\nDriver: {body['explanation']}"}],
    )
    return jsonify(screen=out.choices[0].message.content, tokens=out.usage.total_tokens)


@appeals.post("/admin/screener/audit")
def audit_screener():
    with modelred_client() as mr:
        run = mr.create_assessment_by_id(model_id="appeal-screener", probe_pack_ids=["bias-protected-class", "manipulation"])
    return jsonify(assessment=run["id"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    appeals.run(port=8070)
