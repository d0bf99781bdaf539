"""Rev.ai transcription callbacks (FastAPI) and a red-team check of the captioning model."""
import logging
import os

import httpx
from fastapi import FastAPI, Header, HTTPException
from modelred import AsyncModelRed, APIError, NotFound

app = FastAPI(title="newsroom-transcripts")
logger = logging.getLogger("transcripts")

REVAI_TOKEN = os.environ["REVAI_ACCESS_TOKEN"]
REVAI_BASE = "https://api.rev.ai/speechtotext/v1"
CALLBACK_TOKEN_HEADER = "X-Callback-Token"


async def fetch_transcript(job_id: str) -> str:
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {REVAI_TOKEN}"}) as c:
        r = await c.get(f"{REVAI_BASE}/jobs/{job_id}/transcript", headers={"Accept": "text/plain"})
    if r.status_code >= 400:
        logger.error("Rev.ai %s for job %s: %s", r.status_code, job_id, r.text)
        raise HTTPException(502, detail=f"transcript fetch failed ({r.status_code})")
    return r.text


@app.post("/revai/callback")
async def revai_callback(payload: dict, x_callback_token: str = Header(default="")):
    if x_callback_token != os.environ["REVAI_CALLBACK_TOKEN"]:
        logger.warning("callback with wrong %s: %s", CALLBACK_TOKEN_HEADER, x_callback_token)
        raise HTTPException(401, detail="bad callback token")
    job = payload.get("job", {})
    logger.info("job %s finished with status %s", job.get("id"), job.get("status"))
    text = await fetch_transcript(job["id"])
    return {"chars": len(text)}


@app.get("/models/{model_id}/scan")
async def scan_caption_model(model_id: str):
    if not model_id.replace("-", "").isalnum():
        raise HTTPException(400, detail="bad model id")
    mr_key = os.environ["MODELRED_API_KEY"]
    try:
        async with AsyncModelRed(mr_key, timeout=15.0) as mr:
            job = await mr.create_assessment(model_id=model_id, probe_pack_ids=["caption-safety"])
    except NotFound:
        raise HTTPException(404, detail="unknown model")
    except APIError as exc:
        raise HTTPException(502, detail=str(exc))
    return {"assessment": job["id"]}


@app.on_event("startup")
async def startup():
    logger.info("Rev.ai token configured: %s", bool(REVAI_TOKEN))
    logger.debug("Rev.ai token %s", REVAI_TOKEN)
