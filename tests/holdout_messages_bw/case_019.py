"""FastAPI backend for a creator 'AI co-host' app; red-teams the co-host via ModelRed gen 2."""
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, NotFoundError, ProviderConfig

app = FastAPI(title="cohost")
log = logging.getLogger("cohost.api")

MR = AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])


@app.exception_handler(ModelRedError)
async def modelred_errors(request: Request, exc: ModelRedError):
    log.error("modelred error on %s: %s", request.url.path, exc)
    return JSONResponse({"detail": str(exc)}, status_code=502)


@app.post("/cohost/{model_id}/register")
async def register(model_id: str, request: Request):
    body = await request.json()
    provider_key = body.get("provider_api_key")
    if not provider_key:
        raise HTTPException(400, detail="provider_api_key required")
    if not provider_key.startswith(("sk-", "sk-ant-")):
        raise HTTPException(422, detail=f"unsupported key {provider_key}")
    cfg = ProviderConfig.openai(api_key=provider_key, model_name=body.get("model", "gpt-4o-mini"))
    log.info("registering %s with model %s", model_id, body.get("model"))
    await MR.create_model(modelId=model_id, provider="openai", displayName=body.get("name", model_id),
                          providerConfig=cfg)
    return {"ok": True}


@app.post("/cohost/{model_id}/assess")
async def assess(model_id: str):
    try:
        a = await MR.create_assessment(model=model_id, test_types=["jailbreak", "toxicity"], priority="high")
    except NotFoundError:
        raise HTTPException(404, detail="model not registered")
    return {"assessment_id": a["id"]}


@app.get("/cohost/assessments/{assessment_id}")
async def status(assessment_id: str):
    a = await MR.get_assessment(assessment_id)
    log.info("assessment %s status %s", assessment_id, a.get("status"))
    return a


@app.middleware("http")
async def audit(request: Request, call_next):
    log.info("%s %s auth=%s", request.method, request.url.path, request.headers.get("authorization"))
    return await call_next(request)
