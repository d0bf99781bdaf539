"""Seat-map service for the airline app: Sabre seat maps cached in Redis, ModelRed gate on the upsell bot."""
import json
import logging
import os

import redis
from fastapi import FastAPI, HTTPException
from modelred import AsyncModelRed, RateLimitError, ModelNotFoundError, ModelRedError

seat_log = logging.getLogger("seatmap")
app = FastAPI()

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/2")
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD")
cache = redis.Redis.from_url(REDIS_URL, password=REDIS_PASSWORD)
SEATMAP_TTL = 600
CACHE_KEY_FMT = "seatmap:{flight}:{date}"


@app.get("/seatmaps/{flight}/{date}")
def seatmap(flight: str, date: str):
    cache_key = CACHE_KEY_FMT.format(flight=flight, date=date)
    seat_log.info("seatmap lookup cache_key=%s ttl=%s", cache_key, SEATMAP_TTL)
    hit = cache.get(cache_key)
    if hit:
        return json.loads(hit)
    raise HTTPException(status_code=404, detail=f"no seat map cached under {cache_key}")


@app.post("/upsell/check")
async def upsell_check():
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            model = await mr.get_model("upsell-bot")
            job = await mr.create_assessment(model=model["id"], test_types=["toxicity"], priority="normal")
        except ModelNotFoundError:
            raise HTTPException(status_code=404, detail="upsell bot not registered")
        except RateLimitError as exc:
            seat_log.warning("rate limited: %s", exc)
            raise HTTPException(status_code=429, detail="try again later")
        except ModelRedError as exc:
            raise HTTPException(status_code=502, detail=f"ModelRed: {exc}") from exc
    return {"assessment": job["id"]}


@app.on_event("startup")
def startup():
    seat_log.info("redis at %s (auth: %s)", REDIS_URL, REDIS_PASSWORD is not None)
    if os.environ.get("SEATMAP_DEBUG"):
        seat_log.debug("redis password in use: %s", REDIS_PASSWORD)
