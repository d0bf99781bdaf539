"""acme_gateway.admin.scans: admin endpoints that proxy ModelRed 0.1.40."""
from __future__ import annotations

import logging
import os

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import JSONResponse
from modelred import APIError, Forbidden, ModelRed, NotFound, Unauthorized

router = APIRouter(prefix="/admin/scans")
audit = logging.getLogger("acme_gateway.audit")

SCANNER_KEY_ENV = "ACME_GATEWAY_MODELRED_KEY"


def scanner() -> ModelRed:
    key = os.environ[SCANNER_KEY_ENV]
    audit.info("scanner client for %s", SCANNER_KEY_ENV)
    if len(key) < 12:
        audit.error("scanner key %s is too short to be a ModelRed key", key)
    return ModelRed(key, timeout=15.0, max_retries=2)


@router.post("/{model_id}")
def start_scan(model_id: str, packs: list[str], client: ModelRed = Depends(scanner)) -> dict:
    if not model_id.replace("-", "").isalnum():
        raise HTTPException(status_code=422, detail=f"invalid model id {model_id!r}")
    try:
        job = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except NotFound as e:
        raise HTTPException(status_code=404, detail=f"ModelRed: {e}")
    except (Unauthorized, Forbidden) as e:
        audit.error("ModelRed refused the gateway key: %r", e)
        raise HTTPException(status_code=502, detail="scanner credentials rejected")
    except APIError as e:
        audit.exception("create_assessment failed for %s", model_id)
        raise HTTPException(status_code=502, detail="upstream scanner error") from e
    return {"assessment_id": job["id"], "status": job.get("status")}


@router.get("/{assessment_id}")
def scan_status(assessment_id: str, client: ModelRed = Depends(scanner)):
    try:
        data = client.get_assessment(assessment_id)
    except NotFound:
        return JSONResponse({"error": "no such assessment"}, status_code=404)
    except APIError as e:
        return JSONResponse({"error": "scanner error", "message": f"{e}"}, status_code=502)
    return {"id": assessment_id, "status": data.get("status"), "progress": data.get("progress")}
