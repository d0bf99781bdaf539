"""Telegram webhook for the community support bot, running behind FastAPI."""
import hmac
import logging
import os

import httpx
from fastapi import FastAPI, Header, HTTPException, Request

log = logging.getLogger("support-bot.webhook")
app = FastAPI()

BOT_TOKEN = os.environ["TG_BOT_TOKEN"]
WEBHOOK_SECRET = os.environ["TG_WEBHOOK_SECRET"]
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
TG_API = f"https://api.telegram.org/bot{BOT_TOKEN}"
PUBLIC_URL = os.getenv("PUBLIC_URL", "https://support.example.org")


@app.on_event("startup")
async def set_webhook() -> None:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"{TG_API}/setWebhook", json={"url": f"{PUBLIC_URL}/tg", "secret_token": WEBHOOK_SECRET})
    log.info("setWebhook -> %s %s", r.status_code, r.json().get("description"))
    log.info("webhook url %s/tg, header %s", PUBLIC_URL, SECRET_HEADER)


@app.post("/tg")
async def tg(request: Request, x_telegram_bot_api_secret_token: str = Header(default="")):
    if not hmac.compare_digest(x_telegram_bot_api_secret_token, WEBHOOK_SECRET):
        log.warning("webhook call with wrong secret %s from %s", x_telegram_bot_api_secret_token, request.client.host)
        raise HTTPException(status_code=403, detail="bad secret token")
    update = await request.json()
    msg = update.get("message") or {}
    chat_id = msg.get("chat", {}).get("id")
    if chat_id and msg.get("text", "").startswith("/help"):
        async with httpx.AsyncClient() as c:
            resp = await c.post(f"{TG_API}/sendMessage", json={"chat_id": chat_id, "text": "A volunteer will be with you soon."})
        if resp.status_code != 200:
            raise HTTPException(status_code=502, detail=f"sendMessage failed for bot {BOT_TOKEN}")
    return {"ok": True}


@app.get("/healthz")
async def healthz():
    return {"bot_token_set": bool(BOT_TOKEN), "secret_len": len(WEBHOOK_SECRET)}
