"""FastAPI endpoint that starts ModelRed assessments (SDK 0.1.40)."""
import logging
import os

from fastapi import FastAPI, HTTPException
from modelred import ModelRed, APIError, NotFound, RateLimited, Unauthorized
from pydantic import BaseModel

app = FastAPI()
log = logging.getLogger("assess-api")
MR_KEY = os.environ["MODELRED_API_KEY"]


class AssessIn(BaseModel):
    model_id: str
    packs: list[str]


@app.post("/assessments")
def start(body: AssessIn):
    try:
        with ModelRed(MR_KEY) as client:
            res = client.create_assessment(model_id=body.model_id, probe_pack_ids=body.packs)
    except Unauthorized:
        log.error("ModelRed rejected our key (len %d)", len(MR_KEY))
        raise HTTPException(status_code=503, detail="assessment service unavailable")
    except NotFound as e:
        raise HTTPException(status_code=404, detail=str(e))
    except RateLimited as e:
        log.warning("rate limited: %s", e)
        raise HTTPException(status_code=429, detail="try again later")
    except APIError as e:
        log.exception("create_assessment failed: status=%s", e.status_code)
        return {"ok": False, "error": f"upstream error: {e}"}
    return {"ok": True, "id": res["id"]}


@app.get("/health")
def health():
    log.debug("health check, key configured=%s", bool(MR_KEY))
    return {"modelred_key": MR_KEY[:3] + "***", "ok": True}


@app.on_event("startup")
def announce():
    log.info("assess-api starting with ModelRed key %s", MR_KEY)
