"""Internal provisioning API (generation 2 SDK): onboard a team's OpenRouter model."""

import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, ModelRedError, NotFoundError, ProviderConfig, ValidationError as MRValidation

app = FastAPI()
logger = logging.getLogger("onboard")


class Onboard(BaseModel):
    model_id: str
    display_name: str
    openrouter_key: str
    upstream_model: str = "meta-llama/llama-3.1-70b-instruct"


def _admin(token: str | None) -> None:
    expected = os.environ["ONBOARD_ADMIN_TOKEN"]
    if token != expected:
        logger.warning("bad admin token presented (%s chars)", len(token or ""))
        raise HTTPException(status_code=401, detail="unauthorized")


@app.post("/onboard")
async def onboard(req: Onboard, x_admin_token: str | None = Header(default=None)):
    _admin(x_admin_token)
    if not req.openrouter_key.startswith("sk-or-v1-"):
        logger.info("team key for %s has prefix %s", req.model_id, req.openrouter_key[:4])
        raise HTTPException(status_code=422, detail=f"openrouter_key must start with sk-or-v1- (got {req.openrouter_key})")
    config = ProviderConfig.openrouter(api_key=req.openrouter_key, model_name=req.upstream_model)
    logger.info("onboarding %s (%s) via %s", req.model_id, req.display_name, req.upstream_model)
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            created = await mr.create_model(modelId=req.model_id, provider="openrouter",
                                            displayName=req.display_name, providerConfig=config)
        except MRValidation as e:
            raise HTTPException(status_code=422, detail=str(e)) from e
        except NotFoundError:
            raise HTTPException(status_code=404, detail="upstream model unknown to ModelRed")
        except ModelRedError as e:
            logger.error("create_model %s failed: %s", req.model_id, e)
            raise HTTPException(status_code=502, detail="ModelRed error") from e
    return {"model": created.get("modelId"), "status": created.get("status")}
