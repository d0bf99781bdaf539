"""FastAPI endpoints that start ModelRed assessments; settings injected with Depends (gen 3)."""
import logging
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from modelred import ModelRed, APIError, NotFound, RateLimited
from pydantic import BaseModel
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger("api.assessments")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    modelred_api_key: str
    modelred_timeout: float = 20.0
    default_packs: list[str] = ["owasp-llm-top10"]
    debug: bool = False


@lru_cache
def get_settings() -> Settings:
    return Settings()


def get_client(settings: Annotated[Settings, Depends(get_settings)]) -> ModelRed:
    if settings.debug:
        logger.debug("ModelRed client for key %s, timeout %s", settings.modelred_api_key, settings.modelred_timeout)
    logger.info("ModelRed client timeout=%s packs=%s", settings.modelred_timeout, settings.default_packs)
    return ModelRed(settings.modelred_api_key, timeout=settings.modelred_timeout)


class StartRequest(BaseModel):
    model_id: str
    packs: list[str] | None = None


app = FastAPI()


@app.post("/assessments")
def start(
    req: StartRequest,
    client: Annotated[ModelRed, Depends(get_client)],
    settings: Annotated[Settings, Depends(get_settings)],
):
    packs = req.packs or settings.default_packs
    try:
        job = client.create_assessment(model_id=req.model_id, probe_pack_ids=packs)
    except NotFound:
        raise HTTPException(status_code=404, detail=f"unknown model {req.model_id}")
    except RateLimited as e:
        raise HTTPException(status_code=429, detail=f"retry in {e.retry_after}s")
    except APIError as e:
        logger.warning("create_assessment failed: %s", e)
        raise HTTPException(status_code=502, detail=str(e))
    return {"assessment_id": job["id"], "packs": packs}
