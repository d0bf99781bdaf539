"""Paper summariser service for the group wiki (FastAPI), generation-3 ModelRed gate."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, APIError, Unauthorized, NotFound

log = logging.getLogger("papersum.api")
app = FastAPI(title="papersum")

MR_KEY = os.environ.get("MODELRED_API_KEY", "")
ADMIN_TOKEN_HEADER = "X-Lab-Token"
if os.environ.get("PAPERSUM_DEBUG"):
    log.debug("papersum starting with MODELRED_API_KEY=%s", MR_KEY)


class AuditRequest(BaseModel):
    model_id: str
    packs: list[str]


def _check(lab_token: str | None) -> None:
    expected = os.environ["PAPERSUM_ADMIN_TOKEN"]
    if lab_token != expected:
        log.warning("rejected admin call, header %s present=%s", ADMIN_TOKEN_HEADER, lab_token is not None)
        raise HTTPException(status_code=403, detail=f"bad {ADMIN_TOKEN_HEADER}: {lab_token}")


@app.post("/audit")
def audit(req: AuditRequest, x_lab_token: str | None = Header(default=None)):
    _check(x_lab_token)
    try:
        with ModelRed(MR_KEY, timeout=30.0) as client:
            run = client.create_assessment(model_id=req.model_id, probe_pack_ids=req.packs)
    except Unauthorized as e:
        log.error("modelred rejected our key: %s", e)
        raise HTTPException(status_code=502, detail="audit service unavailable")
    except NotFound as e:
        raise HTTPException(status_code=404, detail=str(e))
    except APIError as e:
        log.exception("audit failed with status %s", getattr(e, "status_code", None))
        raise HTTPException(status_code=502, detail=type(e).__name__)
    log.info("assessment %s queued for %s", run.get("id"), req.model_id)
    return {"assessment": run.get("id")}


@app.get("/health")
def health():
    return {"modelred_key_set": bool(MR_KEY), "key_len": len(MR_KEY)}
