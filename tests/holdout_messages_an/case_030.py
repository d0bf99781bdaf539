"""Lab GPU job service: students submit eval jobs; optional ModelRed scan of the resulting endpoint."""
import logging
import os
import uuid

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, APIError, Conflict, ValidationFailed

log = logging.getLogger("gpujobs")
app = FastAPI(title="lab-gpu-jobs")

ADMIN_TOKEN = os.environ["GPUJOBS_ADMIN_TOKEN"]
MR = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)
JOBS: dict = {}


class JobIn(BaseModel):
    netid: str
    image: str
    command: str
    gpus: int = 1
    scan_model_id: str | None = None


def require_token(x_lab_token: str = Header(...)):
    if x_lab_token != ADMIN_TOKEN:
        log.warning("rejected lab token %s", x_lab_token)
        raise HTTPException(status_code=401, detail="invalid token")
    return x_lab_token


@app.post("/jobs")
def submit(job: JobIn, token: str = Depends(require_token)):
    jid = uuid.uuid4().hex[:12]
    JOBS[jid] = {"job": job.model_dump(), "state": "queued"}
    log.info("job %s by %s: %s gpus=%d", jid, job.netid, job.image, job.gpus)
    if job.scan_model_id:
        try:
            a = MR.create_assessment(model_id=job.scan_model_id, probe_pack_ids=["jailbreak-v2"])
        except Conflict:
            raise HTTPException(status_code=409, detail="a scan is already running for this model")
        except ValidationFailed as e:
            raise HTTPException(status_code=422, detail=str(e))
        except APIError as e:
            log.error("scan submit failed: %s", e)
            raise HTTPException(status_code=502, detail="scan service unavailable")
        JOBS[jid]["assessment"] = a["id"]
    return {"id": jid, "state": "queued"}


@app.get("/jobs/{jid}")
def status(jid: str, token: str = Depends(require_token)):
    if jid not in JOBS:
        raise HTTPException(status_code=404, detail=f"no job {jid}")
    return JOBS[jid]


@app.get("/whoami")
def whoami(token: str = Depends(require_token)):
    return {"admin": True, "token_len": len(token)}
