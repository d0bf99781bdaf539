import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, NotFound
from pydantic import BaseModel

app = FastAPI()
logger = logging.getLogger("api")
SERVICE_TOKEN = os.environ["EVALS_SERVICE_TOKEN"]


class StartRequest(BaseModel):
    model_id: str
    packs: list[str]


def require_token(x_service_token: str = Header(...)) -> str:
    if x_service_token != SERVICE_TOKEN:
        logger.warning("bad service token from client (len=%d)", len(x_service_token))
        raise HTTPException(status_code=401, detail="invalid service token")
    return x_service_token


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    logger.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"detail": str(exc)})


@app.post("/assessments")
async def start(req: StartRequest, _: str = Depends(require_token)):
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as client:
        try:
            run = await client.create_assessment(model_id=req.model_id, probe_pack_ids=req.packs)
        except NotFound as exc:
            raise HTTPException(status_code=404, detail=f"model not found: {exc}")
    return {"id": run["id"]}


@app.get("/debug/token")
async def debug_token(token: str = Depends(require_token)):
    logger.info("debug endpoint hit with token %s", token)
    return {"ok": True}
