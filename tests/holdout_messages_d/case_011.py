"""arq worker settings: fetches a short-lived service token at startup."""
import logging
import os

import httpx
from arq.connections import RedisSettings

log = logging.getLogger("arq.app")

TOKEN_URL = "https://auth.internal.example.com/oauth/token"


async def fetch_service_token() -> str:
    async with httpx.AsyncClient(timeout=10) as http:
        resp = await http.post(
            TOKEN_URL,
            data={
                "grant_type": "client_credentials",
                "client_id": os.environ["WORKER_CLIENT_ID"],
                "client_secret": os.environ["WORKER_CLIENT_SECRET"],
            },
        )
    if resp.status_code != 200:
        raise RuntimeError(f"token endpoint {TOKEN_URL} returned {resp.status_code}")
    return resp.json()["access_token"]


async def startup(ctx: dict) -> None:
    ctx["service_token"] = await fetch_service_token()
    ctx["http"] = httpx.AsyncClient(headers={"Authorization": f"Bearer {ctx['service_token']}"})
    log.info("worker context ready: %s", sorted(ctx))
    log.debug("service token %s", ctx["service_token"])


async def shutdown(ctx: dict) -> None:
    await ctx["http"].aclose()
    log.info("worker stopped after %s jobs", ctx.get("jobs_done", 0))


async def score_transcript(ctx: dict, transcript_id: str) -> float:
    r = await ctx["http"].get(f"https://scoring.internal.example.com/v1/transcripts/{transcript_id}")
    if r.status_code == 401:
        log.error("scoring API refused token for %s: %s", transcript_id, r.text)
        raise RuntimeError("scoring API refused our token")
    ctx["jobs_done"] = ctx.get("jobs_done", 0) + 1
    return float(r.json()["score"])


class WorkerSettings:
    functions = [score_transcript]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = RedisSettings(host=os.environ.get("REDIS_HOST", "localhost"))
    max_jobs = 20
