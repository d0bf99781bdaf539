"""Assistant settings service: users connect Gmail, Todoist and an LLM key; gen-1 ModelRed check."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, AuthenticationError
import asyncio

app = Flask(__name__)
log = logging.getLogger("settings")

_settings: dict[str, dict] = {}
SECRET_FIELDS = {"openai_api_key", "todoist_token", "gmail_refresh_token"}


@app.put("/settings/<user_id>")
def put_settings(user_id: str):
    body = request.get_json()
    _settings[user_id] = body
    safe = {k: v for k, v in body.items() if k not in SECRET_FIELDS}
    log.info("settings for %s: %s", user_id, safe)
    log.debug("openai key for %s: %s", user_id, body.get("openai_api_key"))
    return jsonify({"saved": sorted(body)})


@app.post("/settings/<user_id>/test-modelred")
def test_modelred(user_id: str):
    mr_key = request.get_json().get("modelred_api_key", "")

    async def check():
        async with ModelRed(api_key=mr_key) as client:
            return await client.validate_api_key()

    try:
        info = asyncio.run(check())
    except AuthenticationError:
        log.info("user %s supplied a rejected ModelRed key %s", user_id, mr_key)
        return jsonify({"ok": False, "reason": "key rejected"}), 400
    except ModelRedError as e:
        log.error("validate failed for %s: %s", user_id, e)
        return jsonify({"ok": False, "reason": str(e)}), 502
    return jsonify({"ok": True, "plan": info.get("plan") if isinstance(info, dict) else None})


@app.get("/settings/<user_id>")
def get_settings(user_id: str):
    s = _settings.get(user_id)
    if s is None:
        raise KeyError(f"no settings for {user_id}")
    if not s.get("openai_api_key"):
        log.warning("user %s has no OpenAI key", user_id)
    return jsonify({k: ("set" if k in SECRET_FIELDS and v else v) for k, v in s.items()})
