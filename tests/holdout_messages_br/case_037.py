"""Jira Service Management automation webhook: LLM first-response for IT tickets (async)."""
import logging
import os

import httpx
from fastapi import FastAPI, Request, HTTPException

app = FastAPI()
logger = logging.getLogger("jsm.autoreply")
JSM_BASE = os.environ["JSM_BASE_URL"]
JSM_EMAIL = os.environ["JSM_EMAIL"]
XAI_KEY_ENV = "XAI_API_KEY"


def creds():
    return JSM_EMAIL, os.environ["JSM_API_TOKEN"]


async def draft_reply(summary: str) -> str:
    key = os.environ[XAI_KEY_ENV]
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post("https://api.x.ai/v1/chat/completions",
                         headers={"Authorization": f"Bearer {key}"},
                         json={"model": "grok-2-latest", "max_tokens": 300,
                               "messages": [{"role": "user", "content": f"Draft a first reply: {summary}"}]})
    if r.status_code != 200:
        raise HTTPException(502, detail=f"xAI {r.status_code}: {r.text[:200]}")
    data = r.json()
    logger.info("draft used %s tokens", data["usage"]["total_tokens"])
    return data["choices"][0]["message"]["content"]


@app.post("/hooks/jsm")
async def hook(request: Request):
    secret = request.headers.get("x-automation-secret")
    if secret != os.environ.get("JSM_HOOK_SECRET"):
        raise HTTPException(401, detail=f"bad automation secret {secret}")
    body = await request.json()
    issue = body["issue"]["key"]
    reply = await draft_reply(body["issue"]["fields"]["summary"])
    email, api_token = creds()
    async with httpx.AsyncClient(auth=(email, api_token), timeout=30) as c:
        r = await c.post(f"{JSM_BASE}/rest/servicedeskapi/request/{issue}/comment", json={"body": reply, "public": False})
    logger.info("commented on %s as %s: %s", issue, email, r.status_code)
    if r.status_code >= 400:
        logger.error("JSM comment failed for %s using %s:%s", issue, email, api_token)
    return {"ok": r.status_code < 400}


@app.on_event("startup")
async def check():
    if XAI_KEY_ENV not in os.environ:
        raise RuntimeError(f"{XAI_KEY_ENV} is required")
