"""Tutor platform admin API (FastAPI) with a global handler for ModelRed errors (gen 3)."""
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, Forbidden, LimitExceeded

app = FastAPI()
admin_log = logging.getLogger("tutor.admin")


def modelred_client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0, max_retries=1)


def require_admin(x_admin_token: str = Header(...)) -> None:
    if x_admin_token != os.environ.get("TUTOR_ADMIN_TOKEN"):
        admin_log.warning("admin call refused for token %s", x_admin_token)
        raise HTTPException(status_code=403, detail="forbidden")


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    admin_log.error("modelred failure on %s: %r", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "scanner_error", "message": str(exc)})


@app.exception_handler(LimitExceeded)
async def limit_handler(request: Request, exc: LimitExceeded):
    return JSONResponse(status_code=429, content={"error": "plan_limit", "kind": type(exc).__name__})


@app.get("/admin/assessments", dependencies=[Depends(require_admin)])
def list_assessments(page: int = 1):
    with modelred_client() as client:
        data = client.list_assessments(page=page, page_size=20)
    admin_log.info("listed %d assessments (page %d)", len(data.get("data", [])), page)
    return data


@app.post("/admin/assessments/{assessment_id}/cancel", dependencies=[Depends(require_admin)])
def cancel(assessment_id: str):
    with modelred_client() as client:
        try:
            client.cancel_assessment(assessment_id)
        except Forbidden as exc:
            admin_log.warning("cancel %s forbidden (status %s)", assessment_id, getattr(exc, "status_code", 403))
            raise HTTPException(403, "cannot cancel this assessment")
    return {"cancelled": assessment_id}


@app.get("/admin/config", dependencies=[Depends(require_admin)])
def config():
    key = os.environ.get("MODELRED_API_KEY", "")
    return {"modelred_key_suffix": key[-4:], "admin_token_set": "TUTOR_ADMIN_TOKEN" in os.environ}
