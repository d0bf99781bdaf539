"""Generation-1 ModelRed check wired into the Zendesk app's settings page (Flask, async views)."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ValidationError, AuthenticationError, ModelRedError

app = Flask(__name__)
log = logging.getLogger("zdapp.settings")

SETTINGS_FIELDS = ("modelred_api_key", "openai_api_key", "brand_id", "locale")


def settings_from_request() -> dict:
    data = request.get_json(silent=True) or {}
    return {k: data.get(k, "") for k in SETTINGS_FIELDS}


@app.post("/settings/validate")
async def validate_settings():
    s = settings_from_request()
    log.info("validating settings for brand %s locale %s", s["brand_id"], s["locale"])
    log.info("settings fields received: %s", [k for k, v in s.items() if v])
    if not s["modelred_api_key"].startswith("mr_"):
        log.warning("settings payload with bad modelred key: %s", s)
        return jsonify(ok=False, error="ModelRed keys start with mr_"), 400
    try:
        async with ModelRed(api_key=s["modelred_api_key"]) as client:
            await client.validate_api_key()
            await client.register_openai_model(model_id=f"zd-{s['brand_id']}", api_key=s["openai_api_key"])
    except AuthenticationError:
        return jsonify(ok=False, error="ModelRed rejected the key"), 400
    except ValidationError as e:
        return jsonify(ok=False, error=str(e)), 400
    except ModelRedError as e:
        log.error("modelred failure %s", type(e).__name__)
        return jsonify(ok=False, error="ModelRed unavailable"), 502
    return jsonify(ok=True)


@app.post("/settings/assess")
async def assess():
    s = settings_from_request()
    suites = request.args.getlist("suite") or ["basic_security"]
    async with ModelRed(api_key=s["modelred_api_key"]) as client:
        res = await client.run_assessment(model_id=f"zd-{s['brand_id']}", test_suites=suites, priority="normal")
    log.info("assessment %s started for %s", res.get("assessment_id"), s["brand_id"])
    return jsonify(res)


if __name__ == "__main__":
    app.run(port=int(os.getenv("PORT", "5001")))
