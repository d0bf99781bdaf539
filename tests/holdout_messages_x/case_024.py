"""Provisioning API (generation 1 SDK): registers a team's OpenAI model with ModelRed."""

import logging
import os
import re

from fastapi import FastAPI
from modelred import AuthenticationError, ModelRed, ModelRedError, ValidationError

app = FastAPI()
log = logging.getLogger("provision")

MODEL_ID = re.compile(r"^[a-z0-9][a-z0-9-]{2,48}$")


@app.post("/teams/{team}/models")
async def register(team: str, body: dict):
    model_id = body.get("model_id", "")
    openai_key = body.get("openai_api_key", "")
    if not MODEL_ID.match(model_id):
        return {"ok": False, "error": f"invalid model id {model_id!r}"}
    log.info("team %s registers %s (openai key ...%s)", team, model_id, openai_key[-4:])
    try:
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            model = await client.register_openai_model(
                model_id=model_id,
                api_key=openai_key,
                model_name=body.get("model_name", "gpt-4o-mini"),
            )
    except AuthenticationError as e:
        log.error("ModelRed rejected our service key: %s", e)
        return {"ok": False, "error": "provisioning service misconfigured"}
    except ValidationError as e:
        log.warning("validation failed for %s with key %s: %s", model_id, openai_key, e)
        return {"ok": False, "error": str(e)}
    except ModelRedError as e:
        log.exception("register %s failed", model_id)
        return {"ok": False, "error": type(e).__name__}
    return {"ok": True, "model": model_id, "status": model.get("status")}


@app.get("/teams/{team}/models/{model_id}")
async def status(team: str, model_id: str):
    if not MODEL_ID.match(model_id):
        return {"ok": False, "error": "invalid model id"}
    try:
        async with ModelRed() as client:
            model = await client.get_model(model_id)
    except ModelRedError as e:
        log.error("get_model %s: %s", model_id, e)
        return {"ok": False, "error": "lookup failed"}
    return {"ok": True, "team": team, "model": model}
