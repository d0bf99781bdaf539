"""Retrieval gateway in front of the RAG bot; ModelRed errors surface through a handler."""
import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, APIError, LimitExceeded, NotAllowedForApiKey

access_log = logging.getLogger("gateway.access")
app = FastAPI()

KEY_HASHES = {h.strip() for h in os.environ.get("GATEWAY_KEY_HASHES", "").split(",") if h.strip()}
MR_KEY = os.environ["MODELRED_API_KEY"]


def key_ok(presented: str) -> bool:
    digest = hashlib.sha256(presented.encode()).hexdigest()
    return any(hmac.compare_digest(digest, h) for h in KEY_HASHES)


@app.middleware("http")
async def auth(request: Request, call_next):
    presented = request.headers.get("x-api-key", "")
    if not key_ok(presented):
        access_log.warning("rejected %s %s key=%s", request.method, request.url.path, presented)
        return JSONResponse({"detail": "invalid API key"}, status_code=401)
    access_log.info("%s %s key_sha=%s", request.method, request.url.path, hashlib.sha256(presented.encode()).hexdigest()[:8])
    return await call_next(request)


@app.exception_handler(APIError)
async def modelred_error(request: Request, exc: APIError):
    access_log.error("modelred %s on %s", type(exc).__name__, request.url.path)
    return JSONResponse({"detail": f"upstream: {exc}"}, status_code=502)


@app.post("/assess/{model_id}")
async def assess(model_id: str, packs: list[str]):
    async with AsyncModelRed(MR_KEY) as mr:
        try:
            job = await mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
        except LimitExceeded:
            return JSONResponse({"detail": "assessment limit reached"}, status_code=429)
        except NotAllowedForApiKey as exc:
            access_log.info("not allowed: %r", exc)
            return JSONResponse({"detail": "this key may not start assessments"}, status_code=403)
    return {"assessment_id": job["id"]}


@app.get("/assess/{assessment_id}")
async def status(assessment_id: str):
    async with AsyncModelRed(MR_KEY) as mr:
        a = await mr.get_assessment(assessment_id)
    return {"status": a["status"]}
