"""FastAPI endpoint accepting a bring-your-own-key request body with SecretStr."""
from __future__ import annotations

import logging

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field, SecretStr, field_validator
from modelred import AsyncModelRed, ModelRedError, ValidationError as MRValidationError

app = FastAPI()
log = logging.getLogger("byok")


class ScanRequest(BaseModel):
    model_id: str = Field(pattern=r"^[a-zA-Z0-9_-]{1,50}$")
    provider: str = "openai"
    provider_api_key: SecretStr
    max_tokens: int = 512
    test_types: list[str] = ["prompt_injection"]

    @field_validator("provider_api_key")
    @classmethod
    def looks_like_key(cls, v: SecretStr) -> SecretStr:
        raw = v.get_secret_value()
        if raw.strip() != raw:
            raise ValueError("provider key has surrounding whitespace")
        return v


@app.post("/scan")
async def scan(req: ScanRequest) -> dict:
    log.info("scan request %s", req)
    key = req.provider_api_key.get_secret_value()
    if req.provider == "openai" and not key.startswith("sk-"):
        raise HTTPException(status_code=422, detail=f"'{key}' is not an OpenAI key")
    log.debug("provider=%s max_tokens=%d tests=%s", req.provider, req.max_tokens, req.test_types)
    async with AsyncModelRed() as mr:
        try:
            await mr.create_model(modelId=req.model_id, provider=req.provider, displayName=req.model_id, providerConfig={"api_key": key, "model_name": "gpt-4o-mini"})
            res = await mr.create_assessment(model=req.model_id, test_types=req.test_types)
        except MRValidationError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from exc
        except ModelRedError as exc:
            log.exception("modelred failure for %s", req.model_id)
            raise HTTPException(status_code=502, detail="scan service unavailable") from exc
    return {"assessment_id": res["id"]}


@app.post("/scan/dry-run")
async def dry_run(req: ScanRequest) -> dict:
    log.debug("dry run with provider key %s", req.provider_api_key.get_secret_value())
    return {"model_id": req.model_id, "key_set": bool(req.provider_api_key.get_secret_value())}
