"""FastAPI service that queues ModelRed assessments for internal teams."""
import logging
import os
import secrets

from fastapi import Depends, FastAPI, Header, HTTPException
from modelred import ModelRed, RateLimited, Unauthorized, ValidationFailed
from pydantic import BaseModel

logger = logging.getLogger("redteam.api")
app = FastAPI(title="redteam-gateway")

VALID_KEYS = {k.strip() for k in os.environ.get("GATEWAY_KEYS", "").split(",") if k.strip()}
MODELRED_KEY = os.environ["MODELRED_API_KEY"]


class AssessmentIn(BaseModel):
    model_id: str
    probe_pack_ids: list[str]
    priority: str = "normal"


def require_key(x_api_key: str = Header(default="")) -> str:
    if not x_api_key:
        raise HTTPException(status_code=401, detail="missing X-API-Key header")
    if not any(secrets.compare_digest(x_api_key, k) for k in VALID_KEYS):
        logger.warning("rejected gateway key %s", x_api_key)
        raise HTTPException(
            status_code=403,
            detail=f"key {x_api_key} is not allowed",
        )
    return x_api_key


@app.post("/assessments")
def create(body: AssessmentIn, caller: str = Depends(require_key)):
    logger.info("creating assessment for %s (%d packs)", body.model_id, len(body.probe_pack_ids))
    with ModelRed(MODELRED_KEY, timeout=30.0) as client:
        try:
            created = client.create_assessment_by_id(
                model_id=body.model_id,
                probe_pack_ids=body.probe_pack_ids,
                priority=body.priority,
            )
        except Unauthorized as e:
            raise HTTPException(status_code=502, detail=str(e))
        except RateLimited:
            raise HTTPException(status_code=429, detail="ModelRed is rate limiting us, retry later")
        except ValidationFailed as e:
            logger.info("validation failed: %s", e)
            raise HTTPException(status_code=422, detail="invalid model or probe pack")
    return {"id": created["id"], "status": created.get("status")}
