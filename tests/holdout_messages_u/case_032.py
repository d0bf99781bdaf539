"""Dataset service: lets labelling tools request a ModelRed (0.1.1x) assessment of the model
trained on a dataset version. FastAPI, keys per labelling workspace."""
import json
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, AuthenticationError, ModelNotFoundError

log = logging.getLogger("dataset_service")
app = FastAPI()

WORKSPACE_KEYS = json.loads(os.environ.get("WORKSPACE_KEYS_JSON", "{}"))


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError) -> JSONResponse:
    log.error("ModelRed error on %s: %r", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "modelred", "message": str(exc)})


def workspace_for(x_workspace_key: str) -> str:
    for ws, key in WORKSPACE_KEYS.items():
        if key == x_workspace_key:
            return ws
    log.warning("unknown workspace key presented (%d chars)", len(x_workspace_key))
    raise HTTPException(status_code=401, detail=f"unknown workspace key {x_workspace_key}")


@app.post("/datasets/{version}/redteam")
async def redteam(version: str, x_workspace_key: str = Header(...)) -> dict:
    ws = workspace_for(x_workspace_key)
    log.info("workspace %s requests red-team of %s", ws, version)
    model_id = f"{ws}-{version}"
    try:
        async with ModelRed() as client:
            run = await client.run_assessment(model_id=model_id, test_suites=["basic_security"], priority="normal")
    except ModelNotFoundError:
        raise HTTPException(status_code=404, detail=f"no model trained on {version} yet")
    except AuthenticationError as e:
        log.critical("service ModelRed key rejected: %s", type(e).__name__)
        raise HTTPException(status_code=503, detail="ModelRed unavailable")
    return {"assessment_id": run["assessment_id"], "workspace": ws}


@app.get("/healthz")
async def healthz() -> dict:
    return {"workspaces": sorted(WORKSPACE_KEYS), "modelred_key_set": bool(os.getenv("MODELRED_API_KEY"))}
