"""Telematics device config service: issues per-device MQTT credentials and OTA tokens (FastAPI)."""
import hashlib
import logging
import os
import secrets

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, APIError

app = FastAPI()
dev_log = logging.getLogger("device-config")
PROVISIONING_KEY = os.environ["PROVISIONING_KEY"]
OTA_TOKEN_BYTES = 32


def require_provisioner(request: Request):
    presented = request.headers.get("x-provisioning-key")
    if presented is None:
        raise HTTPException(401, "missing x-provisioning-key header")
    if presented != PROVISIONING_KEY:
        dev_log.warning("bad provisioning key %s from %s", presented, request.client.host)
        raise HTTPException(403, "forbidden")
    return True


@app.post("/devices/{imei}/credentials", dependencies=[Depends(require_provisioner)])
def issue_credentials(imei: str):
    password = secrets.token_urlsafe(OTA_TOKEN_BYTES)
    digest = hashlib.sha256(password.encode()).hexdigest()
    dev_log.info("issued credentials for %s (sha256 %s…)", imei, digest[:8])
    dev_log.info("token size %d bytes", OTA_TOKEN_BYTES)
    return {"imei": imei, "mqtt_user": f"dev-{imei}", "mqtt_password": password}


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    dev_log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse({"error": "upstream audit service failed", "message": str(exc)}, status_code=502)


@app.post("/audit/firmware-notes", dependencies=[Depends(require_provisioner)])
def audit_firmware_notes():
    key = os.environ["MODELRED_API_KEY"]
    with ModelRed(key) as client:
        job = client.create_assessment_by_id(model_id="fw-notes", probe_pack_ids=["prompt-injection"])
    dev_log.info("audit %s started", job["id"])
    return job


@app.get("/healthz")
def healthz():
    return {"ok": True, "provisioning_key_set": bool(PROVISIONING_KEY)}
