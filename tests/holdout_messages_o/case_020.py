"""proxy.py - tiny OpenAI-compatible proxy that forwards our provider key.

Clients call us with their internal team token; we swap in the real OpenAI key.
"""
import logging
import os

import httpx
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

logger = logging.getLogger("proxy")
logging.basicConfig(level=logging.INFO)

UPSTREAM = "https://api.openai.com"
OPENAI_KEY = os.environ["OPENAI_API_KEY"]
TEAM_TOKENS = {t.split(":")[1]: t.split(":")[0] for t in os.environ.get("TEAM_TOKENS", "").split(",") if ":" in t}

app = FastAPI()
client = httpx.AsyncClient(base_url=UPSTREAM, timeout=60)


@app.post("/v1/{path:path}")
async def forward(path: str, request: Request):
    auth = request.headers.get("authorization", "")
    team_token = auth.removeprefix("Bearer ").strip()
    team = TEAM_TOKENS.get(team_token)
    if team is None:
        logger.warning("unknown team token %r from %s", team_token, request.client.host)
        raise HTTPException(401, "unknown team token")
    body = await request.body()
    fwd_headers = {"Authorization": f"Bearer {OPENAI_KEY}", "Content-Type": "application/json"}
    logger.info("team=%s path=%s bytes=%d", team, path, len(body))
    logger.debug("forwarding with headers %s", fwd_headers)
    upstream = await client.post(f"/v1/{path}", content=body, headers=fwd_headers)
    if upstream.status_code >= 400:
        logger.warning("upstream %s for team %s: %s", upstream.status_code, team, upstream.text[:300])
    usage = upstream.json().get("usage", {}) if upstream.headers.get("content-type", "").startswith("application/json") else {}
    logger.info("team=%s total_tokens=%s", team, usage.get("total_tokens"))
    return JSONResponse(upstream.json(), status_code=upstream.status_code)


@app.get("/teams")
def teams():
    logger.info("team table: %s", TEAM_TOKENS)
    return {"teams": sorted(TEAM_TOKENS.values())}
