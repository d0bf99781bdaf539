"""FastAPI dependency that pulls the caller's provider key from headers and forwards to ModelRed."""
import logging

from fastapi import Depends, FastAPI, Header, HTTPException
from modelred import ModelRed, ModelRedError, Unauthorized, ValidationFailed

app = FastAPI()
access_log = logging.getLogger("relay.access")


def caller_key(x_modelred_key: str = Header(...)) -> str:
    if not x_modelred_key.startswith("mr_"):
        access_log.warning("bad key header %s", x_modelred_key)
        raise HTTPException(status_code=401, detail="malformed key")
    return x_modelred_key


@app.exception_handler(ModelRedError)
async def mr_error_handler(request, exc: ModelRedError):
    from fastapi.responses import JSONResponse
    access_log.error("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": str(exc)})


@app.get("/models")
def models(key: str = Depends(caller_key)):
    access_log.info("list models key=...%s", key[-4:])
    with ModelRed(key) as client:
        return client.list_models()


@app.post("/assess/{model_id}")
def assess(model_id: str, packs: list[str], key: str = Depends(caller_key)):
    with ModelRed(key) as client:
        try:
            return client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
        except Unauthorized:
            raise HTTPException(status_code=401, detail=f"key {key} not accepted")
        except ValidationFailed as e:
            access_log.info("validation failed: status=%s", getattr(e, "status_code", None))
            raise HTTPException(status_code=422, detail="invalid packs or model")


@app.get("/healthz")
def health(x_request_id: str = Header(default="")):
    access_log.debug("health %s", x_request_id)
    return {"ok": True}
