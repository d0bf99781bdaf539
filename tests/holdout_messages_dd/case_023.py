"""Device registration API: app clients present an app key header; we store push tokens."""
import hashlib
import logging

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import Device, get_db
from .settings import settings

api = FastAPI()
access_log = logging.getLogger("api.access")


class DeviceIn(BaseModel):
    platform: str
    push_token: str
    app_version: str
    locale: str = "en"


def require_app_key(x_app_key: str = Header(...)):
    if x_app_key not in settings.app_keys:
        access_log.warning("unknown app key %s", x_app_key)
        raise HTTPException(401, detail=f"invalid app key {x_app_key}")
    digest = hashlib.sha256(x_app_key.encode()).hexdigest()[:8]
    access_log.info("app key %s accepted", digest)
    return x_app_key


@api.post("/devices")
def register(dev: DeviceIn, app_key: str = Depends(require_app_key), db: Session = Depends(get_db)):
    row = Device(platform=dev.platform, push_token=dev.push_token, app_version=dev.app_version, locale=dev.locale)
    db.add(row)
    db.commit()
    access_log.info("device %s registered platform=%s version=%s", row.id, dev.platform, dev.app_version)
    return {"id": row.id}


@api.delete("/devices/{device_id}")
def unregister(device_id: int, app_key: str = Depends(require_app_key), db: Session = Depends(get_db)):
    row = db.get(Device, device_id)
    if row is None:
        raise HTTPException(404, detail=f"device {device_id} not found")
    db.delete(row)
    db.commit()
    return {"deleted": device_id}


@api.get("/devices/config")
def config(app_key: str = Depends(require_app_key)):
    return {"keys_configured": len(settings.app_keys), "header": "X-App-Key"}
