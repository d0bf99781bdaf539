"""Async FastAPI model-zoo API: list scans of models trained on the platform (gen 3)."""
import logging
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from modelred import AsyncModelRed, ModelRedError, NotFound, Unauthorized

api = FastAPI()
log = logging.getLogger("zoo")


async def modelred() -> AsyncModelRed:
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0) as mr:
        yield mr


def caller_token(request: Request) -> str:
    auth = request.headers.get("authorization", "")
    if not auth.startswith("Bearer "):
        raise HTTPException(401, detail="missing bearer token")
    token = auth.removeprefix("Bearer ")
    log.info("caller token fingerprint %s", token[:4])
    return token


@api.get("/zoo/{model_id}/scans")
async def scans(model_id: str, token: str = Depends(caller_token), mr: AsyncModelRed = Depends(modelred)):
    log.info("listing scans of %s", model_id)
    try:
        page = await mr.list_assessments(model_id=model_id, limit=20)
    except NotFound:
        raise HTTPException(404, detail=f"no model {model_id}")
    except Unauthorized as e:
        log.error("zoo ModelRed key rejected (status %s)", e.status_code)
        raise HTTPException(500, detail="scanner credentials invalid")
    except ModelRedError as e:
        raise HTTPException(502, detail=f"upstream error: {e}")
    return {"model": page_model(model_id), "scans": [s["id"] for s in page["data"]]}


def page_model(model_id: str) -> str:
    return model_id.lower()


@api.get("/zoo/{model_id}/pack/{pack_id}")
async def pack(model_id: str, pack_id: str, token: str = Depends(caller_token),
               mr: AsyncModelRed = Depends(modelred)):
    if token not in os.environ.get("ZOO_ALLOWED_TOKENS", "").split(","):
        log.warning("token %s not allowed to read packs", token)
        raise HTTPException(403, detail="forbidden")
    data = await mr.get_probe_pack(pack_id)
    return {"pack": pack_id, "name": data.get("name")}
