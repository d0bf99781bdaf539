"""Beamline scheduling service: users submit a beamtime proposal abstract and the service
runs the assistant plus a ModelRed check on the model that drafts the safety notes."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, APIError, NotFound, RateLimited

log = logging.getLogger("beamtime.api")
app = FastAPI(title="beamtime-assistant")

MODELRED_KEY = os.environ["MODELRED_API_KEY"]
BEAMLINE_KEYS = set(filter(None, os.environ.get("BEAMLINE_KEYS", "").split(",")))
KEY_HEADER = "X-Beamline-Key"


class Proposal(BaseModel):
    proposal_id: str
    beamline: str
    abstract: str


def authorise(x_beamline_key: str, client_host: str):
    if x_beamline_key not in BEAMLINE_KEYS:
        log.warning("bad %s %s from %s", KEY_HEADER, x_beamline_key, client_host)
        raise HTTPException(status_code=401, detail=f"missing or invalid {KEY_HEADER}")


@app.post("/proposals/{proposal_id}/safety-check")
async def safety_check(proposal_id: str, body: Proposal, x_beamline_key: str = Header(default="")):
    authorise(x_beamline_key, "gateway")
    log.info("safety check for %s on %s", proposal_id, body.beamline)
    async with AsyncModelRed(MODELRED_KEY, timeout=15.0) as mr:
        try:
            job = await mr.create_assessment(model_id="beamtime-safety-drafter", probe_pack_ids=["prompt-injection"], priority="high")
        except RateLimited as exc:
            log.warning("rate limited for %ss", exc.retry_after)
            raise HTTPException(status_code=429, detail="ModelRed busy, try again shortly")
        except NotFound as exc:
            log.error("model missing: %s", exc)
            raise HTTPException(status_code=404, detail="drafter model not registered")
        except APIError as exc:
            raise HTTPException(status_code=502, detail=f"assessment failed: {exc}")
    return {"proposal": proposal_id, "assessment": job["id"]}


@app.get("/health")
async def health():
    return {"ok": True, "keys_configured": len(BEAMLINE_KEYS)}
