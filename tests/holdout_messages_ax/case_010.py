"""Async vulnerability triage service: scores new CVEs against our LLM apps."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, ModelRedError, NotFoundError, ValidationError

log = logging.getLogger("vulntriage")
app = FastAPI(title="vuln-triage")

INTERNAL_TOKEN = os.environ.get("TRIAGE_INTERNAL_TOKEN", "")


class TriageRequest(BaseModel):
    cve_id: str
    model: str
    severity: str = "medium"


def _check_token(presented_token: str | None) -> None:
    if not presented_token:
        raise HTTPException(status_code=401, detail="missing X-Triage-Token")
    if presented_token != INTERNAL_TOKEN:
        log.warning("bad triage token presented (len=%d)", len(presented_token))
        raise HTTPException(status_code=403, detail=f"token {presented_token} is not valid for vuln-triage")


@app.post("/triage")
async def triage(req: TriageRequest, x_triage_token: str | None = Header(default=None)):
    _check_token(x_triage_token)
    log.info("triage %s for model %s (severity %s)", req.cve_id, req.model, req.severity)
    try:
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            a = await mr.create_assessment(model=req.model, test_types=["prompt_injection"], priority="high")
    except NotFoundError:
        raise HTTPException(status_code=404, detail=f"model {req.model} is not registered")
    except ValidationError as e:
        log.info("validation error from ModelRed: %s", e)
        raise HTTPException(status_code=422, detail="ModelRed rejected the triage request")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=f"ModelRed failure: {e}")
    return {"cve": req.cve_id, "assessment": a["id"]}


@app.on_event("startup")
async def startup() -> None:
    if not INTERNAL_TOKEN:
        log.error("TRIAGE_INTERNAL_TOKEN is empty: %r", INTERNAL_TOKEN)
    log.info("vuln-triage ready")
