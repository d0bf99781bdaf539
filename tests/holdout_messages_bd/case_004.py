"""Ride-hailing dispatch service: driver app backend with an LLM that drafts rider messages."""
import logging
import os
from dataclasses import dataclass, field

import httpx
from fastapi import FastAPI, Header, HTTPException
from modelred import AsyncModelRed, APIError, NotAllowedForApiKey

app = FastAPI(title="dispatch")
log = logging.getLogger("dispatch.api")

MAPS_KEY = os.environ["GOOGLE_MAPS_API_KEY"]
DRIVER_TOKEN_HEADER = "X-Driver-Token"


@dataclass
class DispatchSettings:
    region: str = "eu-west"
    surge_cap: float = 2.5
    openai_key: str = field(default_factory=lambda: os.environ["OPENAI_API_KEY"])
    modelred_key: str = field(default_factory=lambda: os.environ["MODELRED_API_KEY"])


settings = DispatchSettings()


@app.on_event("startup")
async def announce():
    log.info("dispatch up in %s, surge cap %.1f", settings.region, settings.surge_cap)
    log.info("settings loaded: %s", settings)


@app.get("/eta")
async def eta(origin: str, dest: str, x_driver_token: str = Header(...)):
    if not x_driver_token.startswith("drv_"):
        raise HTTPException(status_code=401, detail=f"malformed driver token {x_driver_token}")
    async with httpx.AsyncClient(timeout=5) as http:
        r = await http.get("https://maps.googleapis.com/maps/api/distancematrix/json", params={"origins": origin, "destinations": dest, "key": MAPS_KEY})
    if r.status_code != 200:
        raise HTTPException(status_code=502, detail=f"maps returned {r.status_code}")
    row = r.json()["rows"][0]["elements"][0]
    return {"eta_s": row["duration"]["value"], "header": DRIVER_TOKEN_HEADER}


@app.post("/audit/rider-messages")
async def audit_rider_messages(model_id: str = "rider-msg-drafter"):
    async with AsyncModelRed(settings.modelred_key, timeout=15.0) as client:
        try:
            job = await client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["pii-leak", "toxicity"])
        except NotAllowedForApiKey as exc:
            log.warning("key not allowed: %s", type(exc).__name__)
            raise HTTPException(status_code=403, detail="assessment not allowed for this key")
        except APIError as exc:
            raise HTTPException(status_code=502, detail=f"ModelRed: {exc}")
    return {"assessment": job["id"]}
