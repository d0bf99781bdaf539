"""Crew-scheduling API: pairing suggestions from an LLM, guarded by a ModelRed gate (gen 2)."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, ModelRedError, RateLimitError, NotFoundError

logger = logging.getLogger("crew.api")
app = FastAPI(title="crew-pairing")

SERVICE_KEY_HEADER = "x-crew-service-key"
MR_MODEL = os.getenv("PAIRING_MODEL_ID", "pairing-llm-v3")


class PairingRequest(BaseModel):
    base: str
    month: str
    max_duty_hours: int = 13


def mr_client():
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@app.post("/pairings")
def pairings(req: PairingRequest, x_crew_service_key: str = Header(default="")):
    expected = os.environ.get("CREW_SERVICE_KEY", "")
    if x_crew_service_key != expected:
        logger.warning("bad %s header from caller: %s", SERVICE_KEY_HEADER, x_crew_service_key)
        raise HTTPException(status_code=401, detail=f"invalid {SERVICE_KEY_HEADER}")
    try:
        model = mr_client().get_model(MR_MODEL)
    except NotFoundError:
        raise HTTPException(status_code=503, detail=f"model {MR_MODEL} is not registered")
    except RateLimitError as e:
        logger.info("modelred throttled: %s", e)
        raise HTTPException(status_code=429, detail="try again shortly")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=f"safety gate error: {e}")
    if model.get("status") != "ACTIVE":
        raise HTTPException(status_code=503, detail="pairing model not cleared")
    logger.info("pairing for base=%s month=%s duty<=%d", req.base, req.month, req.max_duty_hours)
    return {"base": req.base, "month": req.month, "pairings": []}


@app.get("/pairings/model")
def pairing_model():
    try:
        model = mr_client().get_model(MR_MODEL)
    except ModelRedError as e:
        return {"model": MR_MODEL, "error": str(e)}
    return {"model": MR_MODEL, "status": model.get("status")}


@app.get("/health")
def health():
    key = os.environ.get("MODELRED_API_KEY")
    return {"modelred_key_set": bool(key), "model": MR_MODEL}
