"""Dubbing studio API (FastAPI): voice cloning uploads and ModelRed scans (gen 2 async)."""
import logging
import os

import httpx
from fastapi import FastAPI, File, Form, HTTPException, UploadFile
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, RateLimitError

app = FastAPI()
log = logging.getLogger("studio.api")

XI_KEY = os.environ["ELEVENLABS_API_KEY"]


@app.post("/voices")
async def clone_voice(name: str = Form(...), sample: UploadFile = File(...)):
    async with httpx.AsyncClient(timeout=120) as http:
        r = await http.post("https://api.elevenlabs.io/v1/voices/add", headers={"xi-api-key": XI_KEY}, data={"name": name}, files={"files": (sample.filename, await sample.read())})
    if r.status_code >= 400:
        log.error("voice clone %s failed: %s %s", name, r.status_code, r.text)
        raise HTTPException(502, detail=f"voice clone failed ({r.status_code})")
    return r.json()


@app.post("/models/{model_name}/scan")
async def scan(model_name: str):
    try:
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            job = await mr.create_assessment(model=model_name, test_types=["jailbreak"], priority="normal")
    except RateLimitError as e:
        log.warning("rate limited: %s", e)
        return JSONResponse({"error": "busy, retry later"}, status_code=429)
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=str(e))
    return job


@app.get("/models/{model_name}")
async def model_info(model_name: str):
    try:
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
            return await mr.get_model(model_name)
    except ModelRedError as e:
        return JSONResponse({"error": repr(e)}, status_code=502)


@app.on_event("startup")
async def startup():
    log.info("studio api up; elevenlabs key set=%s", bool(XI_KEY))
    if os.environ.get("STUDIO_DEBUG") == "1":
        log.warning("debug mode: xi key %s", XI_KEY)
