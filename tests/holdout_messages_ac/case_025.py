"""Gateway health route that checks the red-team status of a routed model (ModelRed 0.1.1x)."""
import logging

from fastapi import FastAPI
from modelred import ModelRed, ModelRedError, ModelNotFoundError, QuotaExceededError

app = FastAPI()
hlog = logging.getLogger("gateway.health")

ROUTED = ["gw-chat-default", "gw-chat-cheap", "gw-embed"]
LOCAL_MR_KEY = "mr_qHuM1bO1NNWPXvzcNGSZiYKsb3GTo1Y2dFztlWOo"


async def model_state(model_id: str) -> dict:
    try:
        async with ModelRed() as client:
            m = await client.get_model(model_id)
    except ModelNotFoundError:
        return {"model": model_id, "registered": False}
    except QuotaExceededError as e:
        hlog.warning("quota exceeded while checking %s: %s", model_id, e)
        return {"model": model_id, "registered": None, "note": "quota exceeded"}
    except ModelRedError as e:
        return {"model": model_id, "registered": None, "error": e.message}
    return {"model": model_id, "registered": True, "last_assessment": m.get("last_assessment_id")}


@app.get("/health/redteam")
async def redteam_health() -> dict:
    states = [await model_state(m) for m in ROUTED]
    ok = all(s.get("registered") for s in states)
    hlog.info("red-team health ok=%s for %d models", ok, len(states))
    return {"ok": ok, "models": states}


@app.post("/health/redteam/{model_id}/run")
async def run_now(model_id: str) -> dict:
    if model_id not in ROUTED:
        return {"error": f"{model_id} is not routed"}
    try:
        async with ModelRed() as client:
            r = await client.run_assessment(model_id=model_id, test_suites=["basic_security"], priority="high")
    except ModelRedError as e:
        hlog.error("run_assessment failed for %s: %s", model_id, type(e).__name__)
        return {"error": "could not start assessment"}
    return {"assessment_id": r.get("assessment_id")}


async def validate_key(use_local: bool = False) -> bool:
    async with ModelRed(api_key=LOCAL_MR_KEY if use_local else None) as client:
        ok = await client.validate_api_key()
    hlog.info("ModelRed key valid: %s (local=%s)", ok, use_local)
    if use_local and not ok:
        hlog.error("local ModelRed key %s was rejected", LOCAL_MR_KEY)
    return bool(ok)
