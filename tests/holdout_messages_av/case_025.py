"""Async OpenWeather Agro API polygons + soil data for the farm dashboard (FastAPI)."""
import os
import logging

import httpx
from fastapi import APIRouter, HTTPException, Depends
from modelred import AsyncModelRed, ValidationFailed, APIError

router = APIRouter(prefix="/agro")
log = logging.getLogger("dashboard.agro")
AGRO = "http://api.agromonitoring.com/agro/1.0"


def agro_api_key() -> str:
    api_key = os.environ.get("AGRO_APPID")
    if not api_key:
        raise HTTPException(status_code=500, detail="AGRO_APPID is not configured")
    return api_key


@router.get("/soil/{polygon_id}")
async def soil(polygon_id: str, api_key: str = Depends(agro_api_key)):
    async with httpx.AsyncClient(timeout=15) as http:
        r = await http.get(f"{AGRO}/soil", params={"polyid": polygon_id, "appid": api_key})
    if r.status_code == 401:
        raise HTTPException(status_code=502, detail=f"agro api rejected appid {api_key}")
    if r.status_code >= 400:
        raise HTTPException(status_code=502, detail=f"agro api {r.status_code}: {r.text}")
    data = r.json()
    log.info("soil %s: t0=%s moisture=%s", polygon_id, data["t0"], data["moisture"])
    return data


@router.post("/assistant/scan")
async def scan_assistant(model_id: str, packs: list[str]):
    mr_key = os.environ["MODELRED_API_KEY"]
    async with AsyncModelRed(mr_key, timeout=30.0) as mr:
        try:
            a = await mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
        except ValidationFailed as e:
            raise HTTPException(status_code=422, detail=f"invalid scan request: {e}")
        except APIError as e:
            log.error("ModelRed error %s (%s)", type(e).__name__, getattr(e, "status_code", None))
            raise HTTPException(status_code=502, detail="scan service unavailable")
    log.info("scan %s started for %s with key %s", a["id"], model_id, mr_key)
    return {"assessment_id": a["id"]}
