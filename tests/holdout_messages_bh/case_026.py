"""Intercom Fin handover: async FastAPI route that asks ModelRed whether the bot is safe to enable."""
import logging
import os

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, Unauthorized, LimitExceeded

router = APIRouter(prefix="/handover")
log = logging.getLogger("handover")

MR_KEY = os.environ["MODELRED_API_KEY"]
BOT_MODEL = os.getenv("HANDOVER_MODEL_ID", "fin-handover-bot")
MIN_SCORE = float(os.getenv("HANDOVER_MIN_SCORE", "0.8"))


async def latest_score(client: AsyncModelRed) -> float | None:
    page = await client.list_assessments(model_id=BOT_MODEL, page=1, page_size=1)
    rows = page.get("data", [])
    return rows[0].get("score") if rows else None


@router.get("/status")
async def status():
    try:
        async with AsyncModelRed(MR_KEY, timeout=10.0, max_retries=2) as client:
            score = await latest_score(client)
    except Unauthorized:
        log.critical("modelred key rejected, key tail %s", MR_KEY[-4:])
        return JSONResponse({"enabled": False, "reason": "auth"}, status_code=503)
    except LimitExceeded as exc:
        log.warning("limit exceeded: %s", exc)
        return JSONResponse({"enabled": False, "reason": "limit"}, status_code=503)
    except ModelRedError as exc:
        return JSONResponse({"enabled": False, "reason": f"{exc}"}, status_code=502)
    enabled = score is not None and score >= MIN_SCORE
    log.info("handover %s: score=%s min=%s", BOT_MODEL, score, MIN_SCORE)
    return {"enabled": enabled, "score": score}


@router.post("/rescan")
async def rescan():
    async with AsyncModelRed(MR_KEY) as client:
        try:
            a = await client.create_assessment(model_id=BOT_MODEL, probe_pack_ids=["pp_handover"], priority="high")
        except ModelRedError as exc:
            log.error("rescan failed for key %s: %s", MR_KEY, exc)
            return JSONResponse({"queued": False, "error": type(exc).__name__}, status_code=502)
    return {"queued": True, "assessment_id": a["id"]}
