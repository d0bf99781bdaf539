"""FastAPI proxy: callers pass their own ModelRed key; we forward to the SDK (generation 3, async)."""
import logging

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

from modelred import APIError, AsyncModelRed, Forbidden, LimitExceeded, Unauthorized

app = FastAPI(title="scan-proxy")
logger = logging.getLogger("scan-proxy")

KEY_HEADER = "X-ModelRed-Key"


class ScanRequest(BaseModel):
    model_id: str
    probe_pack_ids: list[str]
    priority: str = "normal"


@app.post("/scans")
async def create_scan(body: ScanRequest, request: Request, x_modelred_key: str = Header(default="")):
    request_id = request.headers.get("x-request-id", "-")
    if not x_modelred_key:
        raise HTTPException(status_code=401, detail=f"missing {KEY_HEADER} header")
    logger.info("scan request %s for %s (key present: %s)", request_id, body.model_id, bool(x_modelred_key))
    async with AsyncModelRed(x_modelred_key, timeout=15.0) as client:
        try:
            a = await client.create_assessment(model_id=body.model_id, probe_pack_ids=body.probe_pack_ids, priority=body.priority)
        except Unauthorized:
            logger.warning("request %s: key %s rejected by ModelRed", request_id, x_modelred_key)
            raise HTTPException(status_code=401, detail="ModelRed rejected the key")
        except (Forbidden, LimitExceeded) as exc:
            logger.info("request %s refused: %s", request_id, type(exc).__name__)
            raise HTTPException(status_code=403, detail=type(exc).__name__)
        except APIError as exc:
            logger.exception("request %s: ModelRed error", request_id)
            raise HTTPException(status_code=502, detail=str(exc))
    return {"assessment_id": a.id, "status": a.status}


@app.get("/scans/{assessment_id}")
async def get_scan(assessment_id: str, request: Request):
    key = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    async with AsyncModelRed(key) as client:
        try:
            a = await client.get_assessment(assessment_id)
        except APIError as exc:
            logger.error("get_assessment(%s) with %s failed: %s", assessment_id, key, getattr(exc, "status_code", "?"))
            raise HTTPException(status_code=getattr(exc, "status_code", 502), detail="upstream error")
    return {"id": a.id, "status": a.status, "progress": getattr(a, "progress", None)}
