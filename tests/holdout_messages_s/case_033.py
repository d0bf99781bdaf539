"""Onboarding API: teams register their Anthropic-backed models for red-teaming (0.1.1x SDK)."""
import logging
import os

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from modelred import ModelRed, ModelRedError, ValidationError, SubscriptionLimitError

app = FastAPI()
log = logging.getLogger("onboarding")


class Registration(BaseModel):
    team: str
    model_id: str
    anthropic_key: str
    model_name: str = "claude-3-5-sonnet-latest"


@app.post("/onboard/anthropic")
async def onboard(reg: Registration):
    if not reg.anthropic_key.startswith("sk-ant-"):
        raise HTTPException(status_code=422, detail=f"{reg.anthropic_key} is not an Anthropic API key")
    log.info("onboarding %s for %s (%s)", reg.model_id, reg.team, reg.model_name)
    try:
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            await client.register_anthropic_model(
                model_id=reg.model_id,
                api_key=reg.anthropic_key,
                model_name=reg.model_name,
            )
    except SubscriptionLimitError:
        raise HTTPException(status_code=402, detail="model limit of the plan reached")
    except ValidationError as e:
        log.warning("registration of %s rejected: %s", reg.model_id, e)
        raise HTTPException(status_code=400, detail="ModelRed rejected the registration")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=str(e))
    log.debug("registered %s with payload %s", reg.model_id, reg.model_dump())
    log.debug("registered %s, fields %s", reg.model_id, sorted(reg.model_dump(exclude={"anthropic_key"})))
    return {"model_id": reg.model_id, "status": "registered"}
