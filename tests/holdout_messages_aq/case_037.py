"""Fleet dashboard API (FastAPI): ModelRed errors handled by one registered handler."""
import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from modelred import AsyncModelRedClient, ModelRedError, RateLimitError

dash_log = logging.getLogger("fleetdash")
app = FastAPI(title="fleet-dashboard")
client = AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.exception_handler(RateLimitError)
async def on_rate_limit(request: Request, exc: RateLimitError):
    dash_log.warning("rate limited on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=429, content={"detail": "rate limited", "kind": type(exc).__name__})


@app.exception_handler(ModelRedError)
async def on_modelred_error(request: Request, exc: ModelRedError):
    return JSONResponse(status_code=502, content={"detail": str(exc)})


@app.get("/fleet/{depot}/assistant/status")
async def assistant_status(depot: str):
    model = await client.get_model(f"dispatch-assistant-{depot}")
    latest = model.get("latestAssessment") or {}
    dash_log.info("depot %s assistant score %s", depot, latest.get("score"))
    return {"depot": depot, "score": latest.get("score"), "status": latest.get("status")}


@app.post("/fleet/{depot}/assistant/scan")
async def scan(depot: str):
    job = await client.create_assessment(model=f"dispatch-assistant-{depot}", test_types=["prompt_injection", "data_leak"], priority="normal")
    return {"assessment_id": job["id"]}


@app.get("/fleet/telematics/config")
async def telematics_config():
    geotab_password = os.environ.get("GEOTAB_PASSWORD", "")
    if geotab_password and geotab_password.lower() == geotab_password:
        dash_log.warning("weak Geotab password configured: %s", geotab_password)
    return {"geotab_user": os.environ.get("GEOTAB_USER"), "geotab_db": os.environ.get("GEOTAB_DATABASE")}
