"""Batch transcription with a callback URL; results trigger a ModelRed scan."""
import hmac
import logging
import os

import httpx
from fastapi import FastAPI, Header, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, QuotaExceededError

log = logging.getLogger("batch.asr")
app = FastAPI()

SPEECH_KEY = os.environ["SPEECH_API_KEY"]
CALLBACK_SECRET = os.environ["CALLBACK_SECRET"]
PUBLIC_BASE = os.environ.get("PUBLIC_BASE_URL", "https://asr.example.com")


@app.post("/jobs")
async def submit(body: dict):
    callback = f"{PUBLIC_BASE}/callback"
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.post("https://api.deepgram.com/v1/listen", params={"callback": callback, "model": "nova-2"},
                            headers={"Authorization": f"Token {SPEECH_KEY}"}, json={"url": body["audio_url"]})
    log.info("submitted %s -> %s (HTTP %s)", body["audio_url"], r.json().get("request_id"), r.status_code)
    return {"request_id": r.json().get("request_id")}


@app.post("/callback")
async def callback(request: Request, x_callback_secret: str = Header("")):
    if not hmac.compare_digest(x_callback_secret, CALLBACK_SECRET):
        log.warning("callback with wrong secret %s", x_callback_secret)
        return JSONResponse({"detail": "forbidden"}, status_code=403)
    payload = await request.json()
    transcript = payload["results"]["channels"][0]["alternatives"][0]["transcript"]
    model_id = payload.get("metadata", {}).get("tags", ["voicebot-prod"])[0]
    log.info("callback for %s: %d chars", model_id, len(transcript))
    try:
        async with ModelRed() as mr:
            res = await mr.run_assessment(model_id=model_id, test_suites=["toxicity"], priority="low")
    except QuotaExceededError as e:
        log.error("quota: %s", type(e).__name__)
        return JSONResponse({"detail": "scan quota exceeded"}, status_code=429)
    except ModelRedError as e:
        return JSONResponse({"detail": f"scan not started: {e}"}, status_code=502)
    return {"assessment_id": res.get("assessment_id")}
