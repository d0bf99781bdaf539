"""Pentest-report API (FastAPI): clients upload scan JSON, an LLM drafts the report."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, ModelRedError, QuotaExceededError

app = FastAPI()
log = logging.getLogger("reportapi")

SERVICE_KEYS = set(filter(None, os.environ.get("REPORT_API_KEYS", "").split(",")))
API_KEY_HEADER = "X-Report-Key"


class ScanUpload(BaseModel):
    engagement: str
    tool: str
    findings: list[dict]


def check_key(x_report_key: str):
    if x_report_key not in SERVICE_KEYS:
        log.warning("bad report key presented: %s", x_report_key)
        raise HTTPException(status_code=401, detail=f"unknown key {x_report_key}")
    log.info("report key ok (header %s)", API_KEY_HEADER)


@app.post("/reports")
async def create_report(body: ScanUpload, x_report_key: str = Header(...)):
    check_key(x_report_key)
    log.info("engagement %s: %d findings from %s", body.engagement, len(body.findings), body.tool)
    return {"engagement": body.engagement, "status": "queued"}


@app.post("/reports/{engagement}/redteam")
async def redteam(engagement: str, x_report_key: str = Header(...)):
    check_key(x_report_key)
    try:
        async with ModelRed() as client:
            job = await client.run_assessment(model_id=f"report-writer-{engagement}", test_suites=["data_leakage"])
    except QuotaExceededError as e:
        log.error("quota exceeded: %s", e)
        raise HTTPException(status_code=429, detail="assessment quota exceeded")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=f"red-team run failed: {e}")
    return {"assessment": job}


@app.get("/health")
async def health():
    return {"keys_loaded": len(SERVICE_KEYS)}
