"""Health and readiness endpoints for the assistant backend (FastAPI, SDK generation 3)."""

import asyncio
import logging
import os

import asyncpg
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, Unauthorized

router = APIRouter()
logger = logging.getLogger("health")

DATABASE_URL = os.environ["DATABASE_URL"]
LAST_STATUS: dict = {}


def _safe(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://***@{rest.split('@', 1)[-1]}"


async def _check_db() -> str:
    try:
        conn = await asyncpg.connect(DATABASE_URL, timeout=3)
        await conn.close()
        return "ok"
    except (OSError, asyncpg.PostgresError) as exc:
        logger.error("db check failed for %s: %s", _safe(DATABASE_URL), type(exc).__name__)
        return "down"


async def _check_modelred() -> str:
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=5.0) as client:
            await client.list_models(limit=1)
        return "ok"
    except Unauthorized:
        logger.error("ModelRed key unauthorised")
        return "unauthorised"
    except ModelRedError as exc:
        LAST_STATUS["modelred_error"] = str(exc)
        logger.warning("modelred check failed: %s", exc)
        return "degraded"


@router.get("/readyz")
async def readyz():
    db, mr = await asyncio.gather(_check_db(), _check_modelred())
    ok = db == "ok" and mr == "ok"
    logger.info("readiness db=%s modelred=%s", db, mr)
    return JSONResponse({"db": db, "modelred": mr, "detail": LAST_STATUS.get("modelred_error")}, status_code=200 if ok else 503)


@router.get("/livez")
async def livez():
    return {"alive": True, "database": _safe(DATABASE_URL)}
