"""Bring-your-own-key onboarding API (generation 1 ModelRed, FastAPI)."""
import logging

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from modelred import AuthenticationError, ModelRed, ModelRedError, TierRestrictedError, ValidationError

logger = logging.getLogger("onboarding")
app = FastAPI()


class SageMakerModel(BaseModel):
    model_id: str
    endpoint_name: str
    region: str = "us-east-1"
    aws_access_key_id: str
    aws_secret_access_key: str


@app.post("/onboard/sagemaker")
async def onboard(m: SageMakerModel):
    logger.info("onboarding %s in %s with access key id %s", m.model_id, m.region, m.aws_access_key_id)
    if len(m.aws_secret_access_key) != 40:
        raise HTTPException(status_code=422, detail=f"secret access key must be 40 characters, got {m.aws_secret_access_key}")
    async with ModelRed() as client:
        try:
            await client.register_sagemaker_model(
                m.model_id,
                endpoint_name=m.endpoint_name,
                region=m.region,
                aws_access_key_id=m.aws_access_key_id,
                aws_secret_access_key=m.aws_secret_access_key,
            )
        except TierRestrictedError:
            raise HTTPException(status_code=402, detail="your plan does not include SageMaker")
        except AuthenticationError as e:
            logger.error("ModelRed auth failed: %s", e)
            raise HTTPException(status_code=500, detail="onboarding is unavailable")
        except ValidationError as e:
            raise HTTPException(status_code=400, detail=str(e))
        except ModelRedError as e:
            return {"ok": False, "model_id": m.model_id, "reason": e.message}
    return {"ok": True, "model_id": m.model_id}


@app.post("/onboard/check")
async def check(m: SageMakerModel):
    if not m.aws_secret_access_key:
        raise HTTPException(status_code=422, detail=f"aws_secret_access_key is empty: {m.aws_secret_access_key!r}")
    logger.debug("check request: %s", m)
    return {"ok": True}
