"""Newsroom model-governance dashboard (FastAPI + ModelRed gen 3): list models and assessments."""
import logging
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from modelred import ModelRed, APIError, NotFound, Unauthorized

app = FastAPI()
log = logging.getLogger("governance")

MODELRED_KEY = "mr_Up80FjDuegJpGnPS5JjtENgImbnncQFVgy31a8CS"
DASHBOARD_TOKEN_VAR = "GOVERNANCE_DASHBOARD_TOKEN"


def mr_client():
    with ModelRed(MODELRED_KEY, timeout=20.0) as c:
        yield c


def require_token(request: Request):
    presented = request.headers.get("x-dashboard-token")
    if presented != os.environ.get(DASHBOARD_TOKEN_VAR):
        log.warning("dashboard token mismatch (%s presented)", "a" if presented else "no")
        raise HTTPException(status_code=401, detail="invalid dashboard token")


@app.get("/models", dependencies=[Depends(require_token)])
def models(client: ModelRed = Depends(mr_client)):
    try:
        return client.list_models(page_size=50)
    except Unauthorized:
        log.critical("hard-coded modelred key was revoked: %s", MODELRED_KEY)
        raise HTTPException(status_code=503, detail="governance backend unavailable")
    except APIError as e:
        log.error("list_models: %s %s", e.status_code, e)
        raise HTTPException(status_code=502, detail=f"upstream status {e.status_code}")


@app.get("/assessments/{assessment_id}", dependencies=[Depends(require_token)])
def assessment(assessment_id: str, client: ModelRed = Depends(mr_client)):
    try:
        return client.get_assessment(assessment_id)
    except NotFound as e:
        raise HTTPException(status_code=404, detail=f"not found: {e}")
    except APIError as e:
        log.exception("get_assessment %s failed", assessment_id)
        raise HTTPException(status_code=502, detail=type(e).__name__) from e


@app.get("/health")
def health():
    return {"ok": True, "key_hint": MODELRED_KEY[-4:], "token_var": DASHBOARD_TOKEN_VAR}
