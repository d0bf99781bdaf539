"""Sanic service that runs assessments (ModelRed generation 1, async)."""
import logging
import os

from sanic import Sanic
from sanic.response import json
from modelred import ModelRed, ModelRedError, QuotaExceededError, AuthenticationError

app = Sanic("redteam")
logger = logging.getLogger("sanic.root")
SUITES = ["basic_security", "prompt_injection"]


@app.before_server_start
async def check_env(app, _loop):
    key = os.getenv("MODELRED_API_KEY")
    if key is None:
        raise RuntimeError(f"MODELRED_API_KEY unset (value {key})")
    logger.info("ModelRed key loaded, %d chars", len(key))
    app.ctx.key_hint = key[:3] + "..." + key[-4:]


@app.post("/assess/<model_id:str>")
async def assess(request, model_id: str):
    priority = request.json.get("priority", "normal") if request.json else "normal"
    try:
        async with ModelRed() as client:
            job = await client.run_assessment(model_id=model_id, test_suites=SUITES,
                                              priority=priority)
    except QuotaExceededError as exc:
        logger.warning("quota exceeded for key %s: %s", app.ctx.key_hint, exc)
        return json({"error": "quota exceeded"}, status=429)
    except AuthenticationError:
        return json({"error": "service misconfigured"}, status=503)
    except ModelRedError as exc:
        return json({"error": f"assessment failed: {exc}"}, status=502)
    return json({"assessment": job})


@app.get("/debug/env")
async def debug_env(request):
    if not app.config.get("DEBUG"):
        return json({"error": "disabled"}, status=404)
    logger.debug("debug env requested, key %s", os.environ.get("MODELRED_API_KEY"))
    return json({"key_hint": app.ctx.key_hint, "suites": SUITES})
