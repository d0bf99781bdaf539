"""NPS dashboard API: scores per segment and a 'red-team the summariser' button."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from modelred import AsyncModelRed, ModelRedError, RateLimitError

app = FastAPI(title="nps-dashboard")
logger = logging.getLogger("nps.api")
MODELRED_KEY = os.environ.get("MODELRED_API_KEY")
DASHBOARD_TOKEN = os.environ["NPS_DASHBOARD_TOKEN"]


def nps(scores: list[int]) -> float:
    if not scores:
        return 0.0
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    return round(100.0 * (promoters - detractors) / len(scores), 1)


@app.get("/segments/{segment}/nps")
async def segment_nps(segment: str, x_dashboard_token: str = Header(...)):
    if x_dashboard_token != DASHBOARD_TOKEN:
        logger.warning("bad dashboard token %s for segment %s", x_dashboard_token, segment)
        raise HTTPException(status_code=401, detail="invalid dashboard token")
    scores = [10, 9, 7, 3, 8, 10]
    return {"segment": segment, "nps": nps(scores), "n": len(scores)}


@app.post("/redteam/summariser")
async def redteam_summariser(model: str = "nps-summariser-v3"):
    async with AsyncModelRed(api_key=MODELRED_KEY) as client:
        try:
            job = await client.create_assessment(model=model, test_types=["toxicity", "data_leakage"], priority="high")
        except RateLimitError as e:
            logger.info("rate limited: %s", e)
            raise HTTPException(status_code=429, detail="try again in a minute")
        except ModelRedError as e:
            raise HTTPException(status_code=502, detail=f"ModelRed: {e}")
    logger.info("assessment %s for %s (key set: %s)", job["id"], model, MODELRED_KEY is not None)
    return {"assessment": job["id"]}


@app.get("/health")
async def health():
    return {"ok": True, "modelred_key_configured": bool(MODELRED_KEY)}
