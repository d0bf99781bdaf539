"""Multi-location red-team dashboard API (gen-2 SDK)."""
import logging
import os

import modelred as mr
from fastapi import FastAPI, HTTPException

api = FastAPI(title="Guest AI safety")
log = logging.getLogger("safety.dashboard")

LOCATIONS = {"soho": "soho-host-bot", "brooklyn": "bk-host-bot", "hoboken": "hob-host-bot"}
MR_API_KEY = os.environ["MODELRED_API_KEY"]
client = mr.ModelRed(api_key=MR_API_KEY)
log.info("dashboard for %d locations (key set=%s)", len(LOCATIONS), bool(MR_API_KEY))


@api.post("/locations/{loc}/assess")
def assess(loc: str):
    model = LOCATIONS.get(loc)
    if model is None:
        raise HTTPException(404, f"unknown location {loc}")
    try:
        a = client.create_assessment(model=model, test_types=["prompt_injection", "pii_leakage"], priority="normal")
    except mr.RateLimitError as e:
        log.info("rate limited on %s: %s", loc, e)
        raise HTTPException(429, "busy, retry shortly")
    except mr.ModelRedError as e:
        raise HTTPException(502, f"assessment for {loc} failed: {e}")
    return {"assessment_id": a["id"]}


@api.get("/assessments/{assessment_id}")
def status(assessment_id: str):
    try:
        return client.get_assessment(assessment_id)
    except mr.NotFoundError:
        raise HTTPException(404, "no such assessment")
    except mr.ModelRedError as e:
        log.error("get_assessment %s failed: %s", assessment_id, type(e).__name__)
        raise HTTPException(502, "upstream error")


@api.get("/debug/client")
def debug_client():
    log.debug("client key %s", MR_API_KEY)
    return {"locations": sorted(LOCATIONS), "key_tail": MR_API_KEY[-4:]}
