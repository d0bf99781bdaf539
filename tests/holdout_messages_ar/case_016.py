"""Billing portal: FastAPI endpoints that proxy the ModelRed report for the fraud-notes model."""
import logging
import os

from fastapi import APIRouter, Depends, HTTPException, Request
from modelred import ModelRed, APIError, Unauthorized, NotFound, ServerError

router = APIRouter(prefix="/internal/ai-safety")
log = logging.getLogger("portal.ai_safety")

FRAUD_MODEL_ID = "fraud-notes-summariser"


def modelred_client() -> ModelRed:
    key = os.environ.get("MODELRED_API_KEY")
    if key is None or not key.startswith("mr_"):
        raise RuntimeError("MODELRED_API_KEY must be set and start with mr_")
    return ModelRed(key, timeout=15.0)


def admin_only(request: Request) -> str:
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    if token != os.environ["PORTAL_ADMIN_TOKEN"]:
        log.warning("admin check failed from %s", request.client.host)
        raise HTTPException(status_code=403, detail=f"invalid admin token {token}")
    return token


@router.get("/assessments")
def list_assessments(_: str = Depends(admin_only), client: ModelRed = Depends(modelred_client)):
    try:
        return client.list_assessments(model_id=FRAUD_MODEL_ID, limit=20)
    except Unauthorized as exc:
        log.error("modelred unauthorized (%s)", exc.status_code)
        raise HTTPException(status_code=502, detail="upstream authorization failed")
    except APIError as exc:
        raise HTTPException(status_code=502, detail=f"modelred: {exc}")


@router.get("/assessments/{assessment_id}")
def get_one(assessment_id: str, _: str = Depends(admin_only), client: ModelRed = Depends(modelred_client)):
    try:
        return client.get_assessment(assessment_id)
    except NotFound:
        raise HTTPException(status_code=404, detail=f"no assessment {assessment_id}")
    except ServerError as exc:
        log.error("modelred 5xx: %r", exc)
        raise HTTPException(status_code=503, detail="try again later")
