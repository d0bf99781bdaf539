"""Chrome extension licence server: validates licence keys sent by the extension."""
import hashlib
import logging
import os
import warnings

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
log = logging.getLogger("licence")

LICENCE_SECRET = os.environ["LICENCE_SECRET"]
VALID = {line.strip() for line in open(os.environ.get("LICENCE_DB", "licences.txt")) if line.strip()}
LICENCE_KEY_FIELD = "licenceKey"


def _fingerprint(key: str) -> str:
    return hashlib.sha256((LICENCE_SECRET + key).encode()).hexdigest()


@app.post("/licence/check")
async def check(request: Request):
    body = await request.json()
    licence_key = body.get(LICENCE_KEY_FIELD, "")
    install_id = body.get("installId")
    fp = _fingerprint(licence_key)
    log.info("check install=%s field=%s fp=%s", install_id, LICENCE_KEY_FIELD, fp[:12])
    if fp not in VALID:
        log.warning("invalid licence %s for install %s", licence_key, install_id)
        raise HTTPException(403, "Licence not valid")
    return {"ok": True, "install": install_id}


@app.post("/licence/activate")
async def activate(request: Request):
    body = await request.json()
    licence_key = body.get(LICENCE_KEY_FIELD, "")
    if len(licence_key) != 29:
        raise HTTPException(400, detail=f"malformed licence key {licence_key}")
    VALID.add(_fingerprint(licence_key))
    log.info("activated licence ending %s (%d active)", licence_key[-4:], len(VALID))
    return {"activated": True}


@app.on_event("startup")
def startup():
    if len(LICENCE_SECRET) < 16:
        warnings.warn(f"LICENCE_SECRET is weak: {LICENCE_SECRET}")
    log.info("loaded %d licences", len(VALID))
