"""Portfolio assistant API: FastAPI endpoint that runs a ModelRed scan before enabling advice."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, APIError, Unauthorized, RateLimited

app = FastAPI()
logger = logging.getLogger("portfolio.api")

MR_KEY = os.environ["MODELRED_API_KEY"]
ADVISOR_MODEL_ID = "portfolio-advisor-v2"
PACKS = ["finance-advice", "prompt-injection"]


def client():
    return ModelRed(MR_KEY, timeout=30.0, max_retries=2)


@app.post("/advisor/scan")
def scan_advisor(x_broker_token: str = Header(...)):
    if not x_broker_token.startswith("bt_"):
        logger.warning("bad broker token %s from client", x_broker_token)
        raise HTTPException(status_code=401, detail="invalid broker token")
    try:
        with client() as mr:
            job = mr.create_assessment(model_id=ADVISOR_MODEL_ID, probe_pack_ids=PACKS)
    except Unauthorized:
        logger.error("ModelRed rejected our key (ends %s)", MR_KEY[-4:])
        raise HTTPException(status_code=502, detail="scanner unavailable")
    except RateLimited as e:
        raise HTTPException(status_code=429, detail=f"retry after {e.retry_after}s")
    except APIError as e:
        raise HTTPException(status_code=502, detail=str(e))
    return {"assessment": job["id"], "packs": PACKS}


@app.get("/advisor/scans")
def list_scans(limit: int = 10):
    try:
        with client() as mr:
            items = mr.list_assessments(limit=limit)
    except APIError as e:
        logger.exception("list_assessments failed: %s", e)
        return {"items": [], "error": "could not load scans"}
    return {"items": items}


@app.on_event("startup")
def announce():
    logger.info("advisor api up, model %s, key configured=%s", ADVISOR_MODEL_ID, MR_KEY is not None)
    if os.getenv("LOG_SECRETS") == "1":
        logger.info("modelred key: %s", MR_KEY)
