"""Assessment proxy: the dashboard calls us, we call ModelRed with the team key."""
import hmac
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from modelred import APIError, ModelRed, NotFound, RateLimited, Unauthorized

logger = logging.getLogger("assessments.api")
app = FastAPI(title="assessment-proxy")

api_key = os.environ["MODELRED_API_KEY"]
client = ModelRed(api_key, timeout=30.0, max_retries=2)
logger.info("ModelRed client ready (key ending %s)", api_key[-4:])


ADMIN_TOKEN = os.environ["PROXY_ADMIN_TOKEN"]


def require_admin(x_admin_token: str = Header(...)) -> None:
    if not hmac.compare_digest(x_admin_token, ADMIN_TOKEN):
        raise HTTPException(status_code=403, detail=f"admin token {x_admin_token} is not valid")


class AssessmentRequest(BaseModel):
    model_id: str
    probe_pack_ids: list[str]
    priority: str = "normal"


@app.post("/assessments", dependencies=[Depends(require_admin)])
def create_assessment(body: AssessmentRequest):
    try:
        assessment = client.create_assessment(
            model_id=body.model_id,
            probe_pack_ids=body.probe_pack_ids,
            priority=body.priority,
        )
    except Unauthorized as e:
        raise HTTPException(status_code=401, detail=str(e))
    except RateLimited as e:
        logger.warning("rate limited by ModelRed: %s", e)
        raise HTTPException(status_code=429, detail="Too many requests") from e
    except APIError as e:
        return JSONResponse(status_code=502, content={"error": f"upstream: {e}"})
    return {"id": assessment["id"], "status": assessment["status"]}


@app.get("/assessments/{assessment_id}")
def get_assessment(assessment_id: str):
    try:
        return client.get_assessment(assessment_id)
    except NotFound:
        raise HTTPException(status_code=404, detail=f"assessment {assessment_id} not found")
