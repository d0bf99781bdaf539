from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, ModelRedError

log = logging.getLogger("gym.booking")
app = FastAPI(title="Gym booking API")

ADMIN_TOKEN = os.environ.get("GYM_ADMIN_TOKEN", "")
FRONT_DESK_HEADER = "X-Front-Desk-Token"


@dataclass
class Studio:
    studio_id: str
    name: str
    capacity: int
    kiosk_secret: str = field(repr=False)


STUDIOS = {
    "downtown": Studio("downtown", "Downtown Box", 24, os.environ.get("KIOSK_SECRET_DOWNTOWN", "")),
    "riverside": Studio("riverside", "Riverside Yoga", 18, os.environ.get("KIOSK_SECRET_RIVERSIDE", "")),
}


def require_admin(token: str | None):
    if token != ADMIN_TOKEN:
        log.warning("rejected admin token %r", token)
        raise HTTPException(status_code=403, detail="forbidden")


@app.get("/studios/{studio_id}")
def get_studio(studio_id: str, x_front_desk_token: str | None = Header(default=None)):
    require_admin(x_front_desk_token)
    studio = STUDIOS.get(studio_id)
    if studio is None:
        raise HTTPException(status_code=404, detail=f"unknown studio {studio_id}")
    log.info("studio lookup %r", studio)
    return {"id": studio.studio_id, "name": studio.name, "capacity": studio.capacity}


@app.post("/studios/{studio_id}/kiosk/verify")
def verify_kiosk(studio_id: str, secret: str):
    studio = STUDIOS[studio_id]
    if secret != studio.kiosk_secret:
        raise HTTPException(status_code=401, detail=f"kiosk secret {secret} does not match {studio.name}")
    log.info("kiosk verified for %s (header %s)", studio.name, FRONT_DESK_HEADER)
    return {"ok": True}


@app.post("/admin/scan")
def scan_booking_assistant(x_front_desk_token: str | None = Header(default=None)):
    require_admin(x_front_desk_token)
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
            return client.create_assessment(model_id="booking-assistant", probe_pack_ids=["jailbreak-basic"])
    except ModelRedError as exc:
        raise HTTPException(status_code=502, detail=str(exc))
