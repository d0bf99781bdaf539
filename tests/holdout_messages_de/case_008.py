"""Variant-interpretation assistant API; scans the assistant with ModelRed before release."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, ValidationError, NotFoundError, ModelRedError

app = FastAPI(title="varinterp")
log = logging.getLogger("varinterp.api")

ADMIN_TOKEN_HEADER = "X-Admin-Token"


class ScanRequest(BaseModel):
    model: str
    test_types: list[str] = ["prompt_injection", "pii"]
    priority: str = "normal"


def _client() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


def _check_admin(x_admin_token: str | None) -> None:
    expected = os.environ.get("VARINTERP_ADMIN_TOKEN", "")
    if x_admin_token != expected:
        log.warning("bad admin token %s from caller", x_admin_token)
        raise HTTPException(status_code=403, detail=f"missing or bad {ADMIN_TOKEN_HEADER}")


@app.post("/scans")
def start_scan(req: ScanRequest, x_admin_token: str | None = Header(default=None)):
    _check_admin(x_admin_token)
    client = _client()
    try:
        job = client.create_assessment(model=req.model, test_types=req.test_types, priority=req.priority)
    except ValidationError as e:
        raise HTTPException(status_code=422, detail=str(e))
    except NotFoundError:
        raise HTTPException(status_code=404, detail=f"model {req.model} not registered")
    except ModelRedError as e:
        log.exception("scan for %s failed", req.model)
        raise HTTPException(status_code=502, detail=f"scan backend error ({type(e).__name__})")
    return {"assessment_id": job["id"], "model": req.model}


@app.get("/scans/{assessment_id}")
def scan_status(assessment_id: str, x_admin_token: str | None = Header(default=None)):
    _check_admin(x_admin_token)
    try:
        return _client().get_assessment(assessment_id)
    except ModelRedError as e:
        return {"assessment_id": assessment_id, "error": e.args[0] if e.args else "unknown"}
