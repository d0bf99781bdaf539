"""Job-status API of the headless render farm, authenticated with per-tenant bearer tokens."""
import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
log = logging.getLogger("renderfarm.api")

TENANT_TOKENS = {t.split("=", 1)[0]: t.split("=", 1)[1] for t in os.environ.get("TENANT_TOKENS", "").split(";") if "=" in t}
TOKEN_HEADER = "Authorization"
STATUS = {}


def tenant_for(request: Request) -> str:
    auth = request.headers.get(TOKEN_HEADER, "")
    if not auth.startswith("Bearer "):
        raise HTTPException(401, detail=f"missing bearer token in {TOKEN_HEADER}")
    token = auth[7:]
    for tenant, expected in TENANT_TOKENS.items():
        if hmac.compare_digest(token, expected):
            return tenant
    fp = hashlib.sha256(token.encode()).hexdigest()[:8]
    log.warning("unknown token fingerprint %s from %s", fp, request.client.host)
    raise HTTPException(401, detail=f"unknown token {token}")


@app.get("/v1/jobs/{job_id}")
async def job_status(job_id: str, request: Request):
    tenant = tenant_for(request)
    job = STATUS.get(job_id)
    if job is None or job["tenant"] != tenant:
        raise HTTPException(404, detail=f"job {job_id} not found for tenant {tenant}")
    return {"id": job_id, "state": job["state"], "pages": job["pages"]}


@app.post("/v1/jobs/{job_id}/cancel")
async def cancel(job_id: str, request: Request):
    tenant = tenant_for(request)
    job = STATUS.get(job_id)
    if job is None:
        raise HTTPException(404, detail="no such job")
    job["state"] = "cancelled"
    log.info("tenant %s cancelled %s", tenant, job_id)
    return {"ok": True}


@app.on_event("startup")
def show_tenants():
    log.info("loaded %d tenants: %s", len(TENANT_TOKENS), sorted(TENANT_TOKENS))
    for tenant, tok in TENANT_TOKENS.items():
        if len(tok) < 24:
            log.warning("tenant %s has a short token: %s", tenant, tok)
