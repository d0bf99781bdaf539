"""Contract review API: FastAPI app with a handler registered for ModelRed errors (gen 3)."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, Forbidden
from pydantic import BaseModel

access_log = logging.getLogger("contract_review.access")
app = FastAPI()

MR = ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0)
REVIEW_PACKS = ["contract-review-core"]


class ReviewRequest(BaseModel):
    model_id: str
    matter_id: str
    openai_api_key: str | None = None


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    access_log.warning("ModelRed error on %s: %s", request.url.path, type(exc).__name__)
    return JSONResponse(status_code=502, content={"error": "assessment service error", "detail": str(exc)})


@app.middleware("http")
async def log_requests(request: Request, call_next):
    auth = request.headers.get("authorization")
    access_log.info("%s %s auth=%s", request.method, request.url.path, "present" if auth else "absent")
    if request.url.path.startswith("/debug"):
        access_log.debug("debug request %s with authorization %s", request.url.path, auth)
    return await call_next(request)


@app.post("/reviews")
def start_review(body: ReviewRequest):
    access_log.info("review for matter %s model %s byo_key=%s", body.matter_id, body.model_id, body.openai_api_key is not None)
    try:
        a = MR.create_assessment(model_id=body.model_id, probe_pack_ids=REVIEW_PACKS)
    except Forbidden:
        return JSONResponse(status_code=403, content={"error": "model not available to this firm"})
    return {"assessment": a["id"], "matter": body.matter_id}


@app.get("/reviews/{assessment_id}")
def review_status(assessment_id: str):
    a = MR.get_assessment(assessment_id)
    return {"id": assessment_id, "status": a.get("status"), "findings": len(a.get("findings", []))}


@app.get("/healthz")
def healthz():
    return {"ok": True, "packs": REVIEW_PACKS}
