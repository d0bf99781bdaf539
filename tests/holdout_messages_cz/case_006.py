"""FastAPI outage-report intake: customers text in outages, an LLM classifies them."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
import modelred as mr

app = FastAPI(title="outage-intake")
log = logging.getLogger("outage.intake")

INTAKE_KEY = os.environ.get("OUTAGE_INTAKE_KEY", "")
MR_CLIENT = mr.ModelRed(api_key=os.environ["MODELRED_API_KEY"])


class OutageReport(BaseModel):
    account_no: str
    premise_id: str
    text: str


@app.post("/v1/reports")
def submit(report: OutageReport, x_intake_key: str = Header(...)) -> dict:
    if x_intake_key != INTAKE_KEY:
        log.warning("bad intake key %s for premise %s", x_intake_key, report.premise_id)
        raise HTTPException(status_code=401, detail="invalid intake key")
    log.info("report for account %s premise %s (%d chars)", report.account_no, report.premise_id, len(report.text))
    return {"queued": True, "premise": report.premise_id}


@app.post("/v1/admin/assess")
def assess_classifier(model: str, x_admin_token: str = Header(...)) -> dict:
    expected = os.environ["OUTAGE_ADMIN_TOKEN"]
    if x_admin_token != expected:
        raise HTTPException(status_code=403, detail=f"admin token {x_admin_token} not accepted")
    try:
        job = MR_CLIENT.create_assessment(model=model, test_types=["toxicity", "jailbreak"], priority="high")
    except mr.RateLimitError as exc:
        log.warning("ModelRed rate limited: %s", exc)
        raise HTTPException(status_code=429, detail="scanner busy, retry later")
    except mr.ModelRedError as exc:
        raise HTTPException(status_code=502, detail=str(exc))
    log.info("assessment %s started for %s", job["id"], model)
    return {"assessment": job["id"]}


@app.get("/v1/admin/config")
def show_config() -> dict:
    return {
        "intake_key_set": bool(INTAKE_KEY),
        "modelred_key_var": "MODELRED_API_KEY",
    }
