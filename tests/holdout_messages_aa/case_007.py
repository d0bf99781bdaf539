"""WhatsApp Cloud API webhook for the order-status assistant."""
from __future__ import annotations

import logging
import os
from typing import Any

import httpx
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse

logger = logging.getLogger("wa.webhook")
app = FastAPI()

VERIFY_TOKEN = os.environ["WA_VERIFY_TOKEN"]
ACCESS_TOKEN = os.environ["WA_ACCESS_TOKEN"]
PHONE_NUMBER_ID = os.environ["WA_PHONE_NUMBER_ID"]
GRAPH = "https://graph.facebook.com/v19.0"


@app.get("/webhook", response_class=PlainTextResponse)
def verify(mode: str = Query(alias="hub.mode"), token: str = Query(alias="hub.verify_token"),
           challenge: str = Query(alias="hub.challenge")) -> str:
    if mode != "subscribe":
        raise HTTPException(400, detail=f"unexpected hub.mode {mode!r}")
    if token != VERIFY_TOKEN:
        raise HTTPException(403, detail=f"verify token mismatch, expected {VERIFY_TOKEN}")
    logger.info("webhook verified, echoing challenge %s", challenge)
    return challenge


async def send_text(to: str, text: str) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {ACCESS_TOKEN}", "Content-Type": "application/json"}
    payload = {"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": text}}
    async with httpx.AsyncClient(timeout=20) as client:
        r = await client.post(f"{GRAPH}/{PHONE_NUMBER_ID}/messages", headers=headers, json=payload)
    if r.is_error:
        logger.error("send failed %s: %s", r.status_code, r.text)
        logger.debug("request was %s %s", headers, payload)
    return r.json()


@app.post("/webhook")
async def receive(request: Request) -> dict[str, str]:
    body = await request.json()
    for entry in body.get("entry", []):
        for change in entry.get("changes", []):
            value = change.get("value", {})
            for msg in value.get("messages", []):
                sender = msg["from"]
                text = msg.get("text", {}).get("body", "")
                logger.info("message %s from %s: %d chars", msg["id"], sender, len(text))
                await send_text(sender, f"Got it, looking up: {text[:80]}")
    return {"status": "ok"}
