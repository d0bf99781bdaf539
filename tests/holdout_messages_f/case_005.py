"""ModelRed (generation 3) wrapper used by a FastAPI service."""
import logging
import os

from fastapi import FastAPI, HTTPException
from modelred import ModelRed, APIError, Unauthorized, RateLimited, NotFound

logger = logging.getLogger(__name__)
app = FastAPI()


def client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0)


@app.get("/assessments/{assessment_id}")
def get_assessment(assessment_id: str):
    try:
        with client() as mr:
            return mr.get_assessment(assessment_id)
    except NotFound:
        raise HTTPException(status_code=404, detail="assessment not found")
    except Unauthorized as exc:
        logger.error("modelred rejected our key: %s", type(exc).__name__)
        raise HTTPException(status_code=502, detail="upstream authentication failed") from exc
    except RateLimited as exc:
        raise HTTPException(status_code=429, detail=f"rate limited: {exc}")
    except APIError as exc:
        logger.exception("modelred call failed")
        raise HTTPException(status_code=502, detail=str(exc))


@app.get("/models")
def list_models():
    try:
        with client() as mr:
            return {"models": mr.list_models()}
    except APIError as exc:
        return {"error": type(exc).__name__, "status": getattr(exc, "status_code", None)}


@app.post("/assessments")
def create(model_id: str, packs: list[str]):
    try:
        with client() as mr:
            return mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    except APIError as exc:
        return {"ok": False, "message": exc.args[0] if exc.args else ""}
