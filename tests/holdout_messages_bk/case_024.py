"""Kafka Connect-style SMT service: redact PII in CDC events with an LLM (FastAPI, async)."""
import logging
import os

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
logger = logging.getLogger("pii_redactor")

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"
MISTRAL_KEY_ENV = "MISTRAL_API_KEY"


class Upstream:
    def __init__(self) -> None:
        self.mistral_key = os.environ[MISTRAL_KEY_ENV]
        self.headers = {"Authorization": f"Bearer {self.mistral_key}", "Accept": "application/json"}
        self.http = httpx.AsyncClient(timeout=20)

    async def redact(self, text: str) -> str:
        r = await self.http.post(MISTRAL_URL, headers=self.headers, json={
            "model": "mistral-small-latest", "max_tokens": 1024,
            "messages": [{"role": "user", "content": f"Redact PII, return text only:\n{text}"}]})
        if r.status_code == 401:
            logger.error("Mistral 401 with headers %s", self.headers)
            raise PermissionError(f"Mistral rejected the key (HTTP {r.status_code})")
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]


upstream = Upstream()


@app.post("/transform")
async def transform(request: Request):
    event = await request.json()
    after = event.get("payload", {}).get("after") or {}
    for column in ("notes", "free_text"):
        if after.get(column):
            after[column] = await upstream.redact(after[column])
    logger.info("transformed event for table %s", event.get("payload", {}).get("source", {}).get("table"))
    return event


@app.middleware("http")
async def auth(request: Request, call_next):
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    if token != os.environ["CONNECT_SHARED_TOKEN"]:
        logger.warning("rejected connect worker token %s from %s", token, request.client.host)
        return JSONResponse({"error": "unauthorized"}, status_code=401)
    logger.debug("token accepted from %s (len %d)", request.client.host, len(token))
    return await call_next(request)


@app.on_event("startup")
async def check_env():
    if not os.environ.get(MISTRAL_KEY_ENV):
        raise RuntimeError(f"{MISTRAL_KEY_ENV} must be set")
