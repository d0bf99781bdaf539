import logging
import os

from fastapi import APIRouter, Depends, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, Conflict, ValidationFailed, APIError

router = APIRouter(prefix="/billing/scans")
log = logging.getLogger("billing.scans")


class ScanRequest(BaseModel):
    model_id: str
    probe_pack_ids: list[str]
    max_tokens: int = 512


def modelred() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], max_retries=1)


def tenant_from_key(x_tenant_key: str = Header(...)) -> str:
    from .tenants import lookup

    tenant = lookup(x_tenant_key)
    if tenant is None:
        log.info("unknown tenant key %s", x_tenant_key)
        raise HTTPException(status_code=401, detail="unknown tenant")
    return tenant


@router.post("")
def create_scan(req: ScanRequest, tenant: str = Depends(tenant_from_key), client: ModelRed = Depends(modelred)):
    log.info("tenant %s scan %s packs=%s max_tokens=%d", tenant, req.model_id, req.probe_pack_ids, req.max_tokens)
    try:
        a = client.create_assessment_by_id(model_id=req.model_id, probe_pack_ids=req.probe_pack_ids)
    except Conflict:
        raise HTTPException(status_code=409, detail="a scan is already running for this model")
    except ValidationFailed as e:
        raise HTTPException(status_code=422, detail=str(e))
    except APIError as e:
        log.error("ModelRed %s: %s", e.status_code, e)
        raise HTTPException(status_code=502, detail="scanner error")
    return {"assessment_id": a["id"], "tenant": tenant}


@router.get("/usage")
def scan_usage(tenant: str = Depends(tenant_from_key), client: ModelRed = Depends(modelred)):
    items = client.list_assessments(limit=100)
    mine = [a for a in items["data"] if a.get("metadata", {}).get("tenant") == tenant]
    log.debug("tenant %s has %d scans", tenant, len(mine))
    return {"scans": len(mine)}
