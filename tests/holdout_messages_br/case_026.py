"""Internal admin API (FastAPI) to manage ModelRed models for the assistant fleet (gen 2, async)."""
import logging
import os

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, ProviderConfig, NotFoundError, RateLimitError, ModelRedError

app = FastAPI()
log = logging.getLogger("fleet.admin")


class NewModel(BaseModel):
    model_id: str
    display_name: str
    provider_api_key: str
    max_tokens: int = 1024


def mr():
    return AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])


@app.post("/models")
async def create(m: NewModel):
    log.info("create %s (%s) max_tokens=%d", m.model_id, m.display_name, m.max_tokens)
    cfg = ProviderConfig.openrouter(api_key=m.provider_api_key, model_name="meta-llama/llama-3.1-70b-instruct")
    try:
        async with mr() as client:
            await client.create_model(modelId=m.model_id, provider="openrouter", displayName=m.display_name, providerConfig=cfg)
    except RateLimitError:
        raise HTTPException(429, "ModelRed rate limit, try later")
    except ModelRedError as e:
        log.error("create_model failed for %s with config %s: %s", m.model_id, cfg, e)
        raise HTTPException(502, "create failed")
    return {"ok": True}


@app.get("/models/{model_id}")
async def get(model_id: str):
    try:
        async with mr() as client:
            return await client.get_model(model_identifier=model_id)
    except NotFoundError as e:
        raise HTTPException(404, detail=str(e))
    except ModelRedError as e:
        log.warning("get_model %s: %s", model_id, type(e).__name__)
        raise HTTPException(502, "upstream error")


@app.post("/models/{model_id}/assess")
async def assess(model_id: str, test_types: list[str]):
    async with mr() as client:
        a = await client.create_assessment(model=model_id, test_types=test_types, priority="high")
    log.info("assessment %s for %s", a.get("id"), model_id)
    return a
