"""Scan API: a thin FastAPI front for ModelRed assessments."""
import logging
import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse
from modelred import APIError, ModelRed, NotFound, RateLimited

app = FastAPI(title="scan-api")
log = logging.getLogger("scan_api")
_client = ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0)


@app.post("/scans")
def create_scan(body: dict):
    model = body.get("model", "")
    if not model.replace("-", "").isalnum():
        raise HTTPException(status_code=422, detail="invalid model name")
    try:
        a = _client.create_assessment(model=model, probe_pack_ids=["owasp-llm-top10"])
    except RateLimited:
        raise HTTPException(status_code=429, detail="slow down")
    except NotFound as e:
        log.warning("model lookup failed: %s", e)
        raise HTTPException(status_code=404, detail=f"unknown model: {e}")
    except APIError as e:
        raise HTTPException(status_code=502, detail="upstream error") from e
    return {"id": a.id}


@app.get("/scans/{scan_id}")
def get_scan(scan_id: str):
    try:
        a = _client.get_assessment(scan_id)
    except APIError as exc:
        return JSONResponse({"error": exc.__class__.__name__}, status_code=502)
    return {"id": a.id, "status": a.status}


@app.delete("/scans/{scan_id}")
def cancel_scan(scan_id: str):
    try:
        _client.cancel_assessment(scan_id)
    except APIError as exc:
        return {"ok": False, "error": exc.args[0] if exc.args else "unknown"}
    return {"ok": True}
