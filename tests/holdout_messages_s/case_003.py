"""Internal red-team service: one FastAPI app that runs ModelRed assessments for every team."""
import json
import logging
import os

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse

from modelred import AsyncModelRed, ModelRedError, RateLimited

app = FastAPI(title="redteam-platform")
logger = logging.getLogger("platform.api")

# {"payments": "mr_...", "search": "mr_..."}: one ModelRed key per team, from the deploy secret
TEAM_KEYS: dict[str, str] = json.loads(os.environ.get("MODELRED_TEAM_KEYS", "{}"))


def team_key(x_team: str = Header(...)) -> str:
    key = TEAM_KEYS.get(x_team)
    if key is None:
        raise HTTPException(status_code=403, detail=f"team {x_team!r} is not onboarded")
    logger.debug("team %s resolved to key %s", x_team, key)
    return key


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError):
    logger.warning("ModelRed error on %s: %r", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "modelred", "detail": str(exc)})


@app.exception_handler(RateLimited)
async def rate_limited_handler(request: Request, exc: RateLimited):
    return JSONResponse(status_code=429, content={"error": type(exc).__name__})


@app.post("/teams/assessments")
async def start(body: dict, key: str = Depends(team_key)):
    async with AsyncModelRed(key) as client:
        job = await client.create_assessment(
            model_id=body["model_id"], probe_pack_ids=body.get("packs", ["core"])
        )
    logger.info("started %s for model %s", job["id"], body["model_id"])
    return {"assessment_id": job["id"]}


@app.get("/teams/keys/status")
async def key_status():
    # Fingerprints only: the keys themselves never leave this process.
    return {team: f"{k[:3]}...{k[-4:]}" for team, k in TEAM_KEYS.items()}


@app.on_event("startup")
async def announce():
    logger.info("loaded %d team keys for %s", len(TEAM_KEYS), sorted(TEAM_KEYS))
