"""Scouting-report API: coaches request an LLM summary of a prospect; the summary model
is assessed with ModelRed (0.1.3x API) before each release."""
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, ModelRedError, NotFoundError, RateLimitError

app = FastAPI(title="scouting-reports")
log = logging.getLogger("scouting.api")

COACH_KEYS = set(filter(None, os.environ.get("COACH_API_KEYS", "").split(",")))


class ReleaseCheck(BaseModel):
    model: str
    test_types: list[str] = ["prompt_injection", "data_leakage"]


def coach(x_coach_key: str = Header(...)) -> str:
    if x_coach_key not in COACH_KEYS:
        log.warning("unknown coach key presented (%d chars)", len(x_coach_key))
        raise HTTPException(status_code=401, detail=f"coach key {x_coach_key} is not registered")
    return x_coach_key[-4:]


@app.post("/release-check")
async def release_check(body: ReleaseCheck, who: str = Depends(coach)):
    log.info("release check for %s by coach ...%s", body.model, who)
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            job = await mr.create_assessment(model=body.model, test_types=body.test_types, priority="high")
        except NotFoundError:
            raise HTTPException(status_code=404, detail=f"model {body.model} is not registered")
        except RateLimitError as e:
            log.warning("modelred throttled: %r", e)
            raise HTTPException(status_code=429, detail="assessment service busy")
        except ModelRedError as e:
            raise HTTPException(status_code=502, detail=str(e))
    return {"assessment_id": job["id"], "status": job.get("status", "queued")}


@app.get("/reports/{prospect_id}")
async def report(prospect_id: int, who: str = Depends(coach)):
    from .reports import load_report  # local module with the DB access

    rep = await load_report(prospect_id)
    if rep is None:
        raise HTTPException(status_code=404, detail="no report yet")
    return rep
