"""GDPR data-subject access request (DSAR) assistant: drafts the response letter."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, ModelRedError, NotFoundError

app = FastAPI(title="dsar-assistant")
log = logging.getLogger("dsar")

PORTAL_KEY_HEADER = "x-portal-key"
EXPECTED_PORTAL_KEY = os.environ.get("DSAR_PORTAL_KEY")


class DsarRequest(BaseModel):
    subject_email: str
    jurisdiction: str = "EU"
    model: str = "dsar-drafter-v2"
    max_tokens: int = 1200


@app.post("/dsar/draft")
async def draft(req: DsarRequest, x_portal_key: str = Header(...)):
    if x_portal_key != EXPECTED_PORTAL_KEY:
        log.warning("bad portal key %s for %s", x_portal_key, req.subject_email)
        raise HTTPException(status_code=401, detail="invalid portal key")
    log.info("drafting DSAR for %s in %s (max_tokens=%d)", req.subject_email, req.jurisdiction, req.max_tokens)
    return {"status": "queued", "model": req.model}


@app.get("/dsar/model-check/{model_id}")
async def model_check(model_id: str):
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            model = await mr.get_model(model_id)
            assessment = await mr.create_assessment(model=model_id, test_types=["privacy_leakage", "pii_extraction"])
        except NotFoundError as e:
            log.info("model %s not registered: %s", model_id, e)
            raise HTTPException(status_code=404, detail="model not registered")
        except ModelRedError as e:
            raise HTTPException(status_code=502, detail=f"ModelRed error: {e}")
    return {"model": model.get("displayName"), "assessment": assessment.get("id")}


@app.get("/healthz")
async def healthz():
    return {"portal_key_configured": EXPECTED_PORTAL_KEY is not None}
