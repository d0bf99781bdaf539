"""Async helpers for a Streamlit + FastAPI hybrid: the API side scans models on behalf of the UI."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, ModelRedError, AuthenticationError, RateLimitError

log = logging.getLogger("scan_api")
app = FastAPI()
UI_SHARED_SECRET = os.environ["UI_SHARED_SECRET"]
RETRYABLE = (RateLimitError,)


class ScanRequest(BaseModel):
    model: str
    test_types: list[str] = ["prompt_injection"]
    priority: str = "normal"


@app.post("/scan")
async def scan(req: ScanRequest, x_ui_secret: str = Header(...), x_modelred_key: str = Header(...)):
    if x_ui_secret != UI_SHARED_SECRET:
        log.warning("bad UI secret presented: %s", x_ui_secret)
        raise HTTPException(status_code=403, detail="forbidden")
    log.info("scan %s types=%s priority=%s", req.model, req.test_types, req.priority)
    try:
        async with AsyncModelRed(api_key=x_modelred_key) as client:
            job = await client.create_assessment(model=req.model, test_types=req.test_types, priority=req.priority)
    except AuthenticationError:
        raise HTTPException(status_code=401, detail=f"ModelRed rejected key {x_modelred_key}")
    except RETRYABLE as e:
        log.info("retryable: %s", type(e).__name__)
        raise HTTPException(status_code=429, detail="try again later")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=str(e))
    return {"assessment_id": job["id"]}


@app.get("/scan/{assessment_id}")
async def status(assessment_id: str, x_modelred_key: str = Header(...)):
    try:
        async with AsyncModelRed(api_key=x_modelred_key) as client:
            data = await client.get_assessment(assessment_id)
    except ModelRedError as e:
        log.error("status %s failed: %s", assessment_id, e)
        raise HTTPException(status_code=502, detail="status unavailable")
    return {"status": data.get("status"), "progress": data.get("progress")}


@app.on_event("startup")
async def startup():
    log.info("scan api up; UI secret length %d", len(UI_SHARED_SECRET))
    log.info("expecting headers x-ui-secret and x-modelred-key")
