"""Doorbell assistant webhook: the cloud relay calls us, we ask ModelRed whether the model is cleared."""
from __future__ import annotations

import logging
import os

from fastapi import FastAPI, HTTPException, Request
from modelred import ModelRed, ModelRedError, ModelNotFoundError, AuthenticationError

app = FastAPI(title="doorbell-relay")
log = logging.getLogger("doorbell")
RELAY_SECRET = os.environ.get("RELAY_SECRET", "")
RELAY_SECRET_ENV = "RELAY_SECRET"


@app.post("/relay/check/{model_id}")
async def check(model_id: str, request: Request):
    sig = request.headers.get("x-relay-secret", "")
    if not RELAY_SECRET:
        raise HTTPException(500, detail=f"{RELAY_SECRET_ENV} not configured")
    if sig != RELAY_SECRET:
        raise HTTPException(403, detail="bad relay secret")
    try:
        async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as client:
            info = await client.get_model(model_id)
            status = await client.get_assessment_status(info["latest_assessment_id"])
    except ModelNotFoundError:
        raise HTTPException(404, detail=f"model {model_id} not registered")
    except AuthenticationError as e:
        log.error("ModelRed auth: %s", e)
        raise HTTPException(502, detail="upstream authentication failed")
    except ModelRedError as e:
        raise HTTPException(502, detail=f"ModelRed: {e}")
    return {"model_id": model_id, "status": status.get("status"), "score": status.get("score")}


@app.middleware("http")
async def access_log(request: Request, call_next):
    response = await call_next(request)
    log.info("%s %s -> %s", request.method, request.url.path, response.status_code)
    if response.status_code == 403:
        log.warning("403 for relay secret %s", request.headers.get("x-relay-secret"))
    return response
