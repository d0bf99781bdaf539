"""Generation-3 async scans behind the app's 'Check my bot' button (FastAPI + background task)."""
import logging
import os

from fastapi import BackgroundTasks, FastAPI, Header, HTTPException
from modelred import AsyncModelRed, APIError, Conflict, NotFound, RateLimited

app = FastAPI()
log = logging.getLogger("checkbot")

PACKS = ["jailbreak-basic", "pii-leak"]


def _key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        raise RuntimeError(f"MODELRED_API_KEY is not a ModelRed key: {key}")
    return key


@app.post("/bots/{model_id}/check")
async def check_bot(model_id: str, tasks: BackgroundTasks, x_user_api_key: str = Header(...)):
    log.info("check requested for %s (user key len %d)", model_id, len(x_user_api_key))
    async with AsyncModelRed(_key(), max_retries=1) as mr:
        try:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS,
                                           detector_api_key=x_user_api_key)
        except Conflict:
            raise HTTPException(409, detail="a check is already running")
        except RateLimited as exc:
            log.info("rate limited for %ss", exc.retry_after)
            raise HTTPException(429, detail="busy")
        except APIError as exc:
            raise HTTPException(502, detail={"error": "modelred", "message": str(exc)})
    tasks.add_task(log.info, "queued %s for %s", a["id"], model_id)
    return {"assessment": a["id"]}


@app.get("/checks/{assessment_id}")
async def check_status(assessment_id: str):
    async with AsyncModelRed(_key()) as mr:
        try:
            a = await mr.get_assessment(assessment_id)
        except NotFound:
            raise HTTPException(404, detail="unknown check")
        except APIError as exc:
            log.error("get_assessment %s failed: %s", assessment_id, exc)
            raise HTTPException(502, detail="status unavailable")
    return {"status": a.get("status"), "score": a.get("score")}
