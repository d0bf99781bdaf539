"""Revocation endpoint: revoke a virtual key and cancel its ModelRed scans."""
import logging
import os

from fastapi import APIRouter, HTTPException
from modelred import ModelRed, ModelRedError, NotFound

from gateway.db import keys_table

router = APIRouter()
log = logging.getLogger("gateway.revoke")

MODELRED_KEY = os.environ["MODELRED_API_KEY"]


@router.post("/key/revoke")
def revoke(payload: dict):
    key = payload.get("key", "")
    if not key:
        raise HTTPException(status_code=400, detail=f"missing key (got {key!r})")
    row = keys_table.find_by_raw(key)
    if row is None:
        raise HTTPException(status_code=404, detail=f"key {key} is not known to this gateway")
    keys_table.mark_revoked(row.id)
    log.info("revoked key id=%s team=%s", row.id, row.team_id)
    cancelled = []
    with ModelRed(MODELRED_KEY, timeout=15.0) as mr:
        for assessment_id in row.scan_ids:
            try:
                mr.cancel_assessment(assessment_id)
                cancelled.append(assessment_id)
            except NotFound:
                log.info("scan %s already gone", assessment_id)
            except ModelRedError as e:
                log.warning("cancel %s failed: %s", assessment_id, e)
                return {"revoked": True, "cancelled": cancelled, "error": f"ModelRed: {e}"}
    return {"revoked": True, "cancelled": cancelled}


@router.get("/key/revoked")
def list_revoked(team_id: str):
    rows = keys_table.revoked_for(team_id)
    log.debug("team %s has %d revoked keys", team_id, len(rows))
    return [{"id": r.id, "revoked_at": r.revoked_at.isoformat()} for r in rows]
