"""Internal campaign-QA API (FastAPI): register Anthropic copy models with ModelRed gen 2, async."""
import logging
import os

from fastapi import FastAPI, HTTPException
from modelred import AsyncModelRed, ProviderConfig, ModelRedError, ConflictError, ValidationError
from pydantic import BaseModel

app = FastAPI()
log = logging.getLogger("campaign_qa")

anthropic_key = os.environ.get("ANTHROPIC_API_KEY", "")
log.info("anthropic key configured: %s", "set" if anthropic_key else "missing")


class NewModel(BaseModel):
    model_id: str
    display_name: str
    claude_model: str = "claude-3-5-sonnet-latest"
    max_tokens: int = 1024


@app.post("/models")
async def create(m: NewModel):
    provider_config = ProviderConfig.anthropic(api_key=anthropic_key, model_name=m.claude_model)
    log.info("creating %s with %s, max_tokens=%d", m.model_id, m.claude_model, m.max_tokens)
    try:
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            created = await mr.create_model(
                modelId=m.model_id,
                provider="anthropic",
                displayName=m.display_name,
                providerConfig=provider_config,
            )
    except ConflictError as e:
        log.info("conflict for %s: %s", m.model_id, e)
        raise HTTPException(409, "a model with this id exists")
    except ValidationError as e:
        raise HTTPException(422, f"modelred rejected the model: {e}") from e
    except ModelRedError as e:
        log.error("modelred failure %s", type(e).__name__)
        raise HTTPException(502, "scanner unavailable")
    return {"id": created.get("id"), "provider": "anthropic"}


@app.get("/debug/provider")
async def debug_provider():
    if not anthropic_key:
        raise HTTPException(500, detail=f"ANTHROPIC_API_KEY empty ({anthropic_key!r})")
    if not anthropic_key.startswith("sk-ant-"):
        raise HTTPException(500, detail=f"ANTHROPIC_API_KEY malformed: {anthropic_key}")
    return {"prefix": anthropic_key[:7], "length": len(anthropic_key)}
