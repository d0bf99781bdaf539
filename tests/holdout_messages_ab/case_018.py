"""Eval service: a small FastAPI app the red-team UI calls to start and read assessments."""
from __future__ import annotations

import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from modelred import ModelRed, NotFound, RateLimited, APIError

app = FastAPI(title="eval-service")
access = logging.getLogger("eval.access")


class StartReq(BaseModel):
    model_id: str
    probe_pack_ids: list[str]


def client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0)


def check_caller(x_eval_token: str = Header(...)) -> str:
    expected = os.environ["EVAL_SERVICE_TOKEN"]
    if x_eval_token != expected:
        access.warning("bad caller token %s", x_eval_token)
        raise HTTPException(status_code=401, detail="invalid token")
    return x_eval_token[-4:]


@app.post("/assessments")
def start(req: StartReq, who: str = Depends(check_caller), mr: ModelRed = Depends(client)):
    access.info("caller …%s starts %s", who, req.model_id)
    try:
        a = mr.create_assessment(model_id=req.model_id, probe_pack_ids=req.probe_pack_ids)
    except RateLimited as exc:
        raise HTTPException(status_code=429, detail=f"rate limited, retry after {exc.retry_after}s")
    except NotFound:
        raise HTTPException(status_code=404, detail=f"unknown model {req.model_id}")
    except APIError as exc:
        raise HTTPException(status_code=502, detail=str(exc))
    return {"id": a["id"], "status": a.get("status", "queued")}


@app.get("/assessments/{assessment_id}")
def read(assessment_id: str, who: str = Depends(check_caller), mr: ModelRed = Depends(client)):
    try:
        return mr.get_assessment(assessment_id)
    except NotFound:
        raise HTTPException(status_code=404, detail="no such assessment")
    except APIError as exc:
        access.exception("get_assessment(%s) failed", assessment_id)
        raise HTTPException(status_code=502, detail="upstream error") from exc
