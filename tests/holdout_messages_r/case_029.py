"""FastAPI service wrapping the (old, async) ModelRed SDK for the internal portal."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import (
    AuthenticationError,
    ModelRed,
    ModelRedError,
    SubscriptionLimitError,
    TierRestrictedError,
)
from pydantic import BaseModel

logger = logging.getLogger("portal")
app = FastAPI(title="redteam-portal")
PORTAL_ADMIN_TOKEN = os.environ.get("PORTAL_ADMIN_TOKEN", "")


class ScanRequest(BaseModel):
    model_id: str
    test_suites: list[str] = ["basic_security"]
    priority: str = "normal"


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    logger.error("modelred error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "upstream", "message": str(exc)})


@app.exception_handler(TierRestrictedError)
async def tier_handler(request: Request, exc: TierRestrictedError):
    return JSONResponse(status_code=402, content={"error": "tier", "message": "Upgrade your plan to use this suite."})


@app.post("/scans")
async def create_scan(body: ScanRequest, x_admin_token: str = Header(default="")):
    if x_admin_token != PORTAL_ADMIN_TOKEN:
        logger.warning("bad admin token %r for %s", x_admin_token, body.model_id)
        raise HTTPException(status_code=401, detail="invalid admin token")
    async with ModelRed() as client:
        try:
            res = await client.run_assessment(model_id=body.model_id, test_suites=body.test_suites, priority=body.priority)
        except AuthenticationError:
            logger.critical("MODELRED_API_KEY rejected")
            raise HTTPException(status_code=503, detail="scanner unavailable")
        except SubscriptionLimitError as e:
            raise HTTPException(status_code=429, detail=f"limit: {e}")
    return {"assessment_id": res.get("assessment_id"), "status": res.get("status")}


@app.get("/healthz")
async def healthz():
    return {"ok": True, "admin_token_set": bool(PORTAL_ADMIN_TOKEN)}
