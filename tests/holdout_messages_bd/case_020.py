"""Geotab add-in backend: MyGeotab session handoff + a driver-safety chatbot (gen-2 ModelRed)."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import AsyncModelRed, ProviderConfig
from modelred import ModelRedError, ValidationError, RateLimitError

app = Flask(__name__)
addin_log = logging.getLogger("geotab.addin")
GEOTAB_SERVER = os.environ.get("GEOTAB_SERVER", "my.geotab.com")
HF_TOKEN = os.environ["HF_TOKEN"]
SAFETY_MODEL = "mistralai/Mistral-7B-Instruct-v0.3"


@app.post("/addin/session")
def session_handoff():
    body = request.get_json()
    database, user_name, session_id = body["database"], body["userName"], body["sessionId"]
    addin_log.info("add-in session for %s in %s", user_name, database)
    if len(session_id) < 20:
        addin_log.warning("short MyGeotab session id from %s (%d chars)", user_name, len(session_id))
        return jsonify(error="invalid session"), 400
    return jsonify(ok=True, server=GEOTAB_SERVER)


@app.post("/addin/safety-bot/audit")
async def audit_safety_bot():
    mr_key = request.headers.get("X-ModelRed-Key", "")
    client = AsyncModelRed(api_key=mr_key)
    try:
        await client.create_model(modelId="driver-safety-bot", provider="huggingface", displayName="Driver safety bot",
                                  providerConfig=ProviderConfig.huggingface(model_name=SAFETY_MODEL, api_key=HF_TOKEN))
        job = await client.create_assessment(model="driver-safety-bot", test_types=["toxicity", "jailbreak"])
    except RateLimitError as e:
        addin_log.warning("rate limited, retry after %s", getattr(e, "retry_after", None))
        return jsonify(error="busy, try later"), 429
    except ValidationError as e:
        return jsonify(error="invalid request", reason=f"{e}"), 422
    except ModelRedError:
        addin_log.exception("safety bot audit failed (key ...%s)", mr_key[-4:])
        return jsonify(error="audit failed"), 502
    return jsonify(assessment=job.get("id"))


@app.get("/addin/debug")
def debug_env():
    visible = {k: ("set" if os.environ.get(k) else "unset") for k in ("HF_TOKEN", "MODELRED_API_KEY", "GEOTAB_SERVER")}
    addin_log.info("env summary %s", visible)
    addin_log.debug("hf token for %s: %s", SAFETY_MODEL, HF_TOKEN)
    return jsonify(visible)
