"""PHI redaction proxy in front of OpenAI: strips identifiers before prompts leave the hospital network."""
import logging
import os
import re

import httpx
from fastapi import FastAPI, Request, HTTPException
from fastapi.responses import JSONResponse

app = FastAPI()
proxy_log = logging.getLogger("phi.proxy")

UPSTREAM = "https://api.openai.com/v1/chat/completions"
UPSTREAM_KEY = os.environ["OPENAI_API_KEY"]
TENANT_KEYS = {k.strip() for k in os.environ.get("PROXY_TENANT_KEYS", "").split(",") if k.strip()}
PATTERNS = [re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), re.compile(r"\bMRN\s*\d{6,}\b", re.I)]


def redact(text: str) -> str:
    for p in PATTERNS:
        text = p.sub("[REDACTED]", text)
    return text


@app.post("/v1/chat/completions")
async def chat(request: Request):
    auth = request.headers.get("authorization", "")
    tenant_key = auth.removeprefix("Bearer ").strip()
    if tenant_key not in TENANT_KEYS:
        raise HTTPException(status_code=401, detail=f"unknown tenant key {tenant_key}")
    body = await request.json()
    for m in body.get("messages", []):
        if isinstance(m.get("content"), str):
            m["content"] = redact(m["content"])
    upstream_headers = {"Authorization": f"Bearer {UPSTREAM_KEY}", "Content-Type": "application/json"}
    async with httpx.AsyncClient(timeout=120) as http:
        r = await http.post(UPSTREAM, json=body, headers=upstream_headers)
    proxy_log.info("upstream %s model=%s max_tokens=%s", r.status_code, body.get("model"), body.get("max_tokens"))
    if r.status_code >= 500:
        proxy_log.error("upstream failure %s headers=%s", r.status_code, upstream_headers)
        raise HTTPException(status_code=502, detail=f"upstream error {r.status_code}")
    return JSONResponse(r.json(), status_code=r.status_code)


@app.on_event("startup")
async def startup():
    proxy_log.info("PHI proxy up: %d tenant keys, upstream key ...%s", len(TENANT_KEYS), UPSTREAM_KEY[-4:])
