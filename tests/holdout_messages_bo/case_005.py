"""Supabase auth helpers for the mobile chat backend (async, supabase-py + FastAPI)."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from modelred import AsyncModelRed, ModelRedError, NotFound
from supabase import create_client

log = logging.getLogger("mobile.auth")
app = FastAPI()

SUPABASE_URL = os.environ["SUPABASE_URL"]
SERVICE_ROLE_KEY = os.environ["SUPABASE_SERVICE_ROLE_KEY"]
supabase = create_client(SUPABASE_URL, SERVICE_ROLE_KEY)
log.info("supabase client for %s", SUPABASE_URL)


def user_from_jwt(authorization: str) -> dict:
    access_token = authorization.removeprefix("Bearer ").strip()
    res = supabase.auth.get_user(access_token)
    if res is None or res.user is None:
        log.warning("invalid supabase session %s", access_token)
        raise HTTPException(status_code=401, detail="invalid session")
    log.info("session user %s", res.user.id)
    return {"id": res.user.id, "email": res.user.email}


@app.get("/v1/scans/{assessment_id}")
async def scan_status(assessment_id: str, authorization: str = Header(...)):
    user = user_from_jwt(authorization)
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            scan = await mr.get_assessment(assessment_id)
        except NotFound:
            raise HTTPException(status_code=404, detail="no such scan")
        except ModelRedError as exc:
            raise HTTPException(status_code=502, detail=f"scan lookup failed: {exc}")
    return {"user": user["id"], "status": scan.get("status")}


@app.post("/v1/admin/rotate")
async def rotate(x_admin_key: str = Header(...)):
    expected = os.environ.get("ADMIN_KEY", "")
    if x_admin_key != expected:
        raise HTTPException(status_code=403, detail=f"bad admin key {x_admin_key}")
    log.info("rotation requested, service key len=%d", len(SERVICE_ROLE_KEY))
    return {"ok": True}
