"""Reservation voice bot: Twilio call handler + OpenAI realtime, FastAPI."""
import logging
import os

from fastapi import FastAPI, Form, HTTPException
from fastapi.responses import PlainTextResponse
from modelred import ModelRed, Unauthorized, ValidationFailed
from twilio.request_validator import RequestValidator

app = FastAPI()
log = logging.getLogger("voicebot")

TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
TWILIO_ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
validator = RequestValidator(TWILIO_AUTH_TOKEN)

log.info("voicebot for account %s", TWILIO_ACCOUNT_SID)
log.info("openai key loaded: %s", "yes" if OPENAI_API_KEY else "no")


@app.post("/voice/incoming", response_class=PlainTextResponse)
def incoming(CallSid: str = Form(...), From: str = Form(...)):
    log.info("call %s from %s", CallSid, From[-4:])
    return "<Response><Connect><Stream url='wss://bot.bistro.example/stream'/></Connect></Response>"


def session_config(voice: str = "alloy") -> dict:
    return {"model": "gpt-4o-realtime-preview", "voice": voice, "api_key": OPENAI_API_KEY, "max_response_output_tokens": 400}


@app.post("/voice/debug")
def debug_session():
    cfg = session_config()
    log.debug("realtime session config %s", cfg)
    return {"model": cfg["model"], "voice": cfg["voice"], "max_tokens": cfg["max_response_output_tokens"]}


@app.post("/voice/scan")
def scan_voicebot(model_id: str = Form(...)):
    with ModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            return mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["phone-social-eng"])
        except ValidationFailed as e:
            raise HTTPException(status_code=422, detail=str(e))
        except Unauthorized:
            raise HTTPException(status_code=500, detail="scanner key invalid")


def verify_twilio(url: str, params: dict, signature: str) -> None:
    if not validator.validate(url, params, signature):
        raise HTTPException(status_code=403, detail=f"invalid signature for token {TWILIO_AUTH_TOKEN}")
