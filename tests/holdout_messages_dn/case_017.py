import os
import json
import logging
from fastapi import FastAPI, HTTPException, Header
from pydantic import BaseModel
import httpx

log = logging.getLogger("uvicorn.error")
app = FastAPI(title="hackathon proxy")
UPSTREAM = "https://api.openai.com/v1/chat/completions"
SERVER_KEY = os.environ["OPENAI_API_KEY"]
ALLOWED = set(json.loads(os.environ.get("TEAM_TOKENS", "[]")))


class Req(BaseModel):
    prompt: str
    max_tokens: int = 200


@app.post("/chat")
async def chat(req: Req, x_team_token: str = Header(default="")):
    if x_team_token not in ALLOWED:
        log.warning("rejected team token %s", x_team_token)
        raise HTTPException(status_code=403, detail="bad team token")
    log.info("prompt len=%d max_tokens=%d", len(req.prompt), req.max_tokens)
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": req.prompt}], "max_tokens": req.max_tokens}
    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.post(UPSTREAM, json=body, headers={"Authorization": f"Bearer {SERVER_KEY}"})
    if r.status_code != 200:
        log.error("upstream %s: %s", r.status_code, r.text)
        raise HTTPException(status_code=502, detail=f"upstream error {r.status_code}")
    return r.json()


@app.get("/whoami")
async def whoami(x_team_token: str = Header(default="")):
    if not x_team_token:
        raise HTTPException(status_code=401, detail=f"missing token: {x_team_token!r}")
    if x_team_token not in ALLOWED:
        raise HTTPException(status_code=403, detail=f"token {x_team_token} not on the list")
    return {"team": "ok", "n_teams": len(ALLOWED)}


@app.on_event("startup")
async def boot():
    log.info("proxy up, %d team tokens loaded", len(ALLOWED))
    log.info("team tokens: %s", ALLOWED)
