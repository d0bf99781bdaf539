"""Firebase Admin: custom tokens for the companion watch app, and a ModelRed gen 2 health view."""
import logging
import os

import firebase_admin
from firebase_admin import auth, credentials
from fastapi import FastAPI, Header, HTTPException
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, ValidationError

app = FastAPI()
logger = logging.getLogger("watch.auth")

firebase_admin.initialize_app(credentials.Certificate(os.environ["FIREBASE_SA_PATH"]))
WATCH_PAIRING_SECRET = os.environ["WATCH_PAIRING_SECRET"]


@app.post("/watch/token")
async def watch_token(uid: str, x_pairing_secret: str = Header(...)):
    if x_pairing_secret != WATCH_PAIRING_SECRET:
        logger.warning("pairing secret mismatch for %s: got %s", uid, x_pairing_secret)
        raise HTTPException(403, "pairing failed")
    custom = auth.create_custom_token(uid, {"device": "watch"}).decode()
    logger.info("issued custom token for %s: %s", uid, custom)
    logger.info("custom token for %s is %d bytes", uid, len(custom))
    return {"token": custom}


@app.get("/health/modelred")
async def modelred_health():
    try:
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            probes = await mr.list_probes()
    except ValidationError as e:
        logger.error("modelred validation: %s", type(e).__name__)
        return JSONResponse({"ok": False}, status_code=500)
    except ModelRedError as e:
        return JSONResponse({"ok": False, "error": f"{e}"}, status_code=503)
    return {"ok": True, "probes": len(probes)}


@app.get("/health/firebase")
async def firebase_health():
    try:
        auth.get_user("healthcheck")
    except auth.UserNotFoundError:
        pass
    except Exception as e:
        return {"ok": False, "error": type(e).__name__}
    return {"ok": True, "sa_path_var": "FIREBASE_SA_PATH"}
