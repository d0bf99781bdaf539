"""In-app chat backend: per-user LLM proxy with RevenueCat entitlement check (async, httpx)."""
import logging
import os

import httpx
from fastapi import FastAPI, Header, HTTPException
from modelred import AsyncModelRed, APIError, RateLimited

app = FastAPI()
log = logging.getLogger("chat.proxy")

RC_API = "https://api.revenuecat.com/v1/subscribers/{}"
RC_SECRET_ENV = "REVENUECAT_SECRET_KEY"
ENTITLEMENT = "pro"


async def has_pro(app_user_id: str) -> bool:
    rc_key = os.environ[RC_SECRET_ENV]
    async with httpx.AsyncClient(timeout=10) as http:
        r = await http.get(RC_API.format(app_user_id), headers={"Authorization": f"Bearer {rc_key}"})
    if r.status_code != 200:
        log.warning("revenuecat %s for %s: %s", r.status_code, app_user_id, r.text[:120])
        return False
    ents = r.json()["subscriber"].get("entitlements", {})
    log.debug("entitlements for %s: %s", app_user_id, sorted(ents))
    return ENTITLEMENT in ents


@app.post("/v1/safety-scan")
async def safety_scan(payload: dict, x_app_user: str = Header(...)):
    if not await has_pro(x_app_user):
        raise HTTPException(402, detail="pro subscription required")
    key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(key, timeout=30.0) as mr:
        try:
            a = await mr.create_assessment(model_id=payload["model_id"], probe_pack_ids=payload["packs"])
        except RateLimited as exc:
            raise HTTPException(429, detail=f"try again in {exc.retry_after}s")
        except APIError as exc:
            raise HTTPException(502, detail=f"upstream error: {exc}")
    return {"assessment": a["id"]}


@app.on_event("startup")
async def announce():
    log.info("proxy up; reads %s", RC_SECRET_ENV)
