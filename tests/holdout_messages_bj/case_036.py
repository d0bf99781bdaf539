"""tiny-redteam-api: a 50-line FastAPI shim so my Raspberry Pi kiosk can trigger scans."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError

log = logging.getLogger("kiosk-api")
app = FastAPI()

MR_KEY = os.environ["MODELRED_API_KEY"]
KIOSK_SECRET = os.environ["KIOSK_SHARED_SECRET"]
KIOSK_SECRET_VAR = "KIOSK_SHARED_SECRET"


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    log.warning("modelred error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"detail": str(exc)})


@app.exception_handler(ValueError)
async def bad_value(request: Request, exc: ValueError):
    return JSONResponse(status_code=400, content={"detail": "bad request"})


def check(secret: str):
    if secret != KIOSK_SECRET:
        log.info("rejected kiosk secret %s (expected var %s)", secret, KIOSK_SECRET_VAR)
        raise HTTPException(status_code=403, detail=f"wrong {KIOSK_SECRET_VAR}")


@app.post("/scan/{model_id}")
def scan(model_id: str, x_kiosk_secret: str = Header(default="")):
    check(x_kiosk_secret)
    with ModelRed(MR_KEY) as mr:
        job = mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
    log.info("kiosk started %s for %s", job["id"], model_id)
    return {"id": job["id"]}


@app.get("/health")
def health():
    return {"ok": True, "key_configured": bool(MR_KEY)}
