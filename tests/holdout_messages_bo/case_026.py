"""Mobile SDK config endpoint: hands the app its public config, never the server keys (Flask)."""
import logging
import os

from flask import Flask, jsonify
from modelred import ModelRed, ModelRedError, TierRestrictedError

app = Flask(__name__)
cfg_log = logging.getLogger("mobile.config")

PUBLIC = {
    "firebase_project_id": os.environ.get("FIREBASE_PROJECT_ID", ""),
    "firebase_web_api_key": os.environ.get("FIREBASE_WEB_API_KEY", ""),
    "supabase_url": os.environ.get("SUPABASE_URL", ""),
    "min_app_version": "3.2.0",
}
SERVER_ONLY = {"modelred_key": os.environ.get("MODELRED_API_KEY", ""),
               "openai_key": os.environ.get("OPENAI_API_KEY", "")}
SENSITIVE = {"firebase_web_api_key"}


@app.get("/config")
def config():
    safe = {k: v for k, v in PUBLIC.items() if k not in SENSITIVE}
    cfg_log.info("serving config %s", safe)
    return jsonify(safe)


@app.get("/config/scan-tier")
async def scan_tier():
    try:
        async with ModelRed(api_key=SERVER_ONLY["modelred_key"]) as client:
            suites = await client.get_test_suites()
    except TierRestrictedError as e:
        return jsonify(tier="restricted", reason=str(e)), 403
    except ModelRedError:
        cfg_log.exception("get_test_suites failed")
        return jsonify(tier="unknown"), 502
    return jsonify(tier="full", suites=[s.get("name") for s in suites])


@app.get("/config/debug")
def debug():
    cfg_log.info("server-only fields: %s", sorted(SERVER_ONLY))
    cfg_log.info("openai key set: %s", bool(SERVER_ONLY["openai_key"]))
    cfg_log.debug("server config %s", SERVER_ONLY)
    return jsonify(ok=True)
