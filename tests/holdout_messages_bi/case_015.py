"""Claims-intake voice/IVR webhook: transcribes FNOL calls and drafts the claim."""
import logging
import os

from fastapi import FastAPI, Request, HTTPException
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError
from twilio.request_validator import RequestValidator

app = FastAPI()
log = logging.getLogger("ivr.fnol")

TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
validator = RequestValidator(TWILIO_AUTH_TOKEN)


@app.post("/twilio/recording")
async def recording_done(request: Request):
    form = dict(await request.form())
    signature = request.headers.get("X-Twilio-Signature", "")
    if not validator.validate(str(request.url), form, signature):
        log.warning("bad twilio signature for account %s call %s", TWILIO_ACCOUNT_SID, form.get("CallSid"))
        raise HTTPException(403, "signature check failed")
    log.info("recording %s duration=%ss", form.get("RecordingSid"), form.get("RecordingDuration"))
    return {"queued": form.get("CallSid")}


@app.get("/admin/twilio-check")
async def twilio_check():
    if len(TWILIO_AUTH_TOKEN) != 32:
        raise HTTPException(500, detail=f"TWILIO_AUTH_TOKEN has wrong length {len(TWILIO_AUTH_TOKEN)}")
    return {"account": TWILIO_ACCOUNT_SID, "token_set": True}


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "model_scan_failed", "detail": str(exc)})


@app.post("/admin/scan")
async def scan(model_id: str):
    async with ModelRed() as mr:
        res = await mr.run_assessment(model_id=model_id, test_suites=["basic_security"], priority="normal")
    return {"assessment": res.get("assessment_id")}


@app.on_event("startup")
async def announce():
    log.info("IVR webhook up; twilio account %s", TWILIO_ACCOUNT_SID)
    if os.environ.get("IVR_DEBUG") == "1":
        log.debug("twilio auth token %s", TWILIO_AUTH_TOKEN)
