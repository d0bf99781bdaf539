"""FastAPI endpoint: submit a translation model for a ModelRed scan (generation 3)."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, APIError, Unauthorized, RateLimited, NotFound

app = FastAPI()
log = logging.getLogger("mt.scan")


class ScanRequest(BaseModel):
    model_id: str
    probe_pack_ids: list[str]
    priority: str = "normal"


def _client(key: str) -> ModelRed:
    return ModelRed(key, timeout=30.0, max_retries=2)


@app.post("/mt/scan")
def scan(req: ScanRequest, x_modelred_key: str = Header(...)):
    log.info("scan %s packs=%s priority=%s", req.model_id, req.probe_pack_ids, req.priority)
    if not x_modelred_key.startswith("mr_"):
        raise HTTPException(400, detail=f"bad key format: {x_modelred_key}")
    try:
        with _client(x_modelred_key) as mr:
            job = mr.create_assessment(model_id=req.model_id, probe_pack_ids=req.probe_pack_ids, priority=req.priority)
    except Unauthorized as e:
        log.warning("unauthorized for key %s: %s", x_modelred_key, e)
        raise HTTPException(401, detail="ModelRed rejected the key")
    except RateLimited as e:
        raise HTTPException(429, detail=f"rate limited: {e}")
    except NotFound as e:
        log.info("model missing: %r", e)
        raise HTTPException(404, detail="model not found")
    except APIError as e:
        raise HTTPException(502, detail=f"upstream error {getattr(e, 'status_code', None)}")
    return {"assessment_id": job["id"]}


@app.get("/mt/scans")
def list_scans(limit: int = 20):
    key = os.environ["MODELRED_API_KEY"]
    with _client(key) as mr:
        items = mr.list_assessments(limit=limit)
    log.debug("listed %d scans using key ...%s", len(items), key[-4:])
    return items
