"""Public records (FOIA) tracker API: FastAPI, async, ModelRed generation 3 for the assistant's audits."""
import logging
import os

import httpx
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, APIError, Forbidden, NotAllowedForApiKey

app = FastAPI()
log = logging.getLogger("foia.api")

NEXTREQUEST_BASE = os.environ.get("NEXTREQUEST_BASE", "https://city.nextrequest.com/api/v2")


@app.exception_handler(APIError)
async def modelred_error(request: Request, exc: APIError):
    log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "audit service error", "detail": str(exc)})


@app.post("/audits/{model_id}")
async def start_audit(model_id: str):
    key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(key) as mr:
        try:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["records-pii"])
        except (Forbidden, NotAllowedForApiKey) as e:
            raise HTTPException(status_code=403, detail=f"not allowed ({type(e).__name__})")
    return {"assessment": a["id"]}


@app.get("/requests/{req_no}")
async def get_request(req_no: str, request: Request):
    token = request.headers.get("x-nextrequest-token")
    if not token:
        raise HTTPException(status_code=401, detail=f"missing token header (got {token!r})")
    async with httpx.AsyncClient(base_url=NEXTREQUEST_BASE, headers={"Authorization": f"Token {token}"}) as c:
        r = await c.get(f"/requests/{req_no}")
    if r.status_code == 403:
        raise HTTPException(status_code=403, detail=f"NextRequest refused token {token}")
    log.info("request %s status %s", req_no, r.status_code)
    return r.json()
