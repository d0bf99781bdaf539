"""Work-order assistant API (FastAPI): technicians ask questions; answers come from a ModelRed-vetted model."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, APIError, Forbidden, NotFound

app = FastAPI()
log = logging.getLogger("wo_api")

TECH_TOKENS = set(filter(None, os.environ.get("WO_TECH_TOKENS", "").split(",")))
TOKEN_HEADER = "X-Tech-Token"


class VetRequest(BaseModel):
    assessment_id: str


def check_tech(token):
    if token not in TECH_TOKENS:
        raise HTTPException(status_code=401, detail=f"unknown technician token {token}")
    return token[-4:]


@app.post("/vetting/status")
async def vetting_status(req: VetRequest, x_tech_token: str = Header(...)):
    tech = check_tech(x_tech_token)
    log.info("tech ...%s asks for %s", tech, req.assessment_id)
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0) as mr:
        try:
            a = await mr.get_assessment(req.assessment_id)
        except NotFound:
            raise HTTPException(status_code=404, detail="assessment not found")
        except Forbidden as e:
            log.warning("forbidden: %s", e)
            raise HTTPException(status_code=403, detail="not allowed")
        except APIError as e:
            raise HTTPException(status_code=502, detail=f"ModelRed: {e}") from e
    return {"status": a["status"], "score": a.get("score")}


@app.get("/vetting/assessments")
async def list_recent(limit: int = 20, x_tech_token: str = Header(...)):
    check_tech(x_tech_token)
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            page = await mr.list_assessments(limit=limit)
        except APIError as e:
            log.error("list_assessments failed: %s %s", type(e).__name__, getattr(e, "status_code", None))
            return {"items": [], "error": "unavailable"}
    log.debug("header %s used, %d items", TOKEN_HEADER, len(page["items"]))
    return {"items": [{"id": x["id"], "status": x["status"]} for x in page["items"]]}
