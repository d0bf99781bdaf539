"""Health endpoint for the AI features of the storefront (Flask), SDK 0.1.1x."""
import asyncio
import logging
import os

import keyring
from flask import Blueprint, jsonify
from modelred import ModelRed, ModelRedError, AuthenticationError

bp = Blueprint("ai_health", __name__)
log = logging.getLogger("storefront.health")

KEYRING_SERVICE = "northwind-storefront"
KEYRING_USER = "modelred"


def _modelred_key() -> str:
    key = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    if key is None:
        log.warning("no key in keyring service=%s user=%s", KEYRING_SERVICE, KEYRING_USER)
        key = os.environ.get("MODELRED_API_KEY", "")
    return key


async def _check_modelred() -> dict:
    key = _modelred_key()
    try:
        async with ModelRed(api_key=key) as client:
            ok = await client.validate_api_key()
            suites = await client.get_test_suites()
        return {"ok": bool(ok), "suites": len(suites)}
    except AuthenticationError as e:
        log.error("modelred key rejected: %s (key=%s)", e, key)
        return {"ok": False, "error": "authentication"}
    except ModelRedError as e:
        return {"ok": False, "error": str(e)}


@bp.get("/health/ai")
def ai_health():
    modelred_status = asyncio.run(_check_modelred())
    openai_set = bool(os.environ.get("OPENAI_API_KEY"))
    log.info("ai health: modelred=%s openai_key_set=%s", modelred_status["ok"], openai_set)
    status = 200 if modelred_status["ok"] and openai_set else 503
    return jsonify({"modelred": modelred_status, "openai": {"configured": openai_set}}), status
