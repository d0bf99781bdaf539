"""Player support portal API: lets support agents run a ModelRed check on the reply bot."""
import logging
import os

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, ModelRedError, AuthenticationError

router = APIRouter(prefix="/support/tools")
log = logging.getLogger("support.portal")

AGENT_TOKEN_HEADER = "X-Agent-Token"


class ScanRequest(BaseModel):
    model_id: str
    suites: list[str] = ["basic_security"]


def require_agent(x_agent_token: str = Header(...)) -> str:
    expected = os.environ["SUPPORT_AGENT_TOKEN"]
    if x_agent_token != expected:
        log.warning("bad agent token presented: %s", x_agent_token)
        raise HTTPException(status_code=401, detail="invalid agent token")
    log.debug("agent authenticated via %s header", AGENT_TOKEN_HEADER)
    return x_agent_token


@router.post("/scan")
async def scan_reply_bot(req: ScanRequest, _agent: str = Depends(require_agent)):
    if not req.model_id.replace("-", "").isalnum():
        raise HTTPException(status_code=422, detail=f"bad model id {req.model_id!r}")
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=req.model_id, test_suites=req.suites, wait_for_completion=False)
    except AuthenticationError as exc:
        log.error("ModelRed auth failed: %s", type(exc).__name__)
        raise HTTPException(status_code=502, detail="scanner misconfigured")
    except ModelRedError as exc:
        log.exception("scan failed for %s", req.model_id)
        raise HTTPException(status_code=502, detail=str(exc))
    log.info("scan %s started for %s", result.get("assessment_id"), req.model_id)
    return {"assessment_id": result.get("assessment_id"), "status": "queued"}


@router.get("/whoami")
async def whoami(agent: str = Depends(require_agent)):
    return {"agent_token_suffix": agent[-4:]}
