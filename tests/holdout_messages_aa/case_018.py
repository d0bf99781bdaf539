"""Telegram bot served over a webhook on FastAPI (python-telegram-bot v21)."""
import logging
import os
import secrets

import httpx
from fastapi import FastAPI, Header, HTTPException, Request
from telegram import Update
from telegram.ext import Application, MessageHandler, filters

TOKEN = os.environ["TG_TOKEN"]
PUBLIC_URL = os.environ["PUBLIC_URL"]
WEBHOOK_SECRET = os.environ.get("TG_WEBHOOK_SECRET") or secrets.token_urlsafe(32)
log = logging.getLogger("tg.webhook")

ptb = Application.builder().token(TOKEN).updater(None).build()
api = FastAPI()


async def echo(update: Update, context) -> None:
    await update.message.reply_text(f"you said {len(update.message.text)} characters")

ptb.add_handler(MessageHandler(filters.TEXT, echo))


@api.on_event("startup")
async def startup() -> None:
    url = f"https://api.telegram.org/bot{TOKEN}/setWebhook"
    r = httpx.post(url, data={"url": f"{PUBLIC_URL}/tg", "secret_token": WEBHOOK_SECRET, "drop_pending_updates": True})
    body = r.json()
    if not body.get("ok"):
        log.error("setWebhook failed: %s (%s)", body.get("description"), body.get("error_code"))
        log.error("setWebhook call was %s", url)
    else:
        log.info("webhook set to %s/tg", PUBLIC_URL)
    log.debug("webhook secret token is %s", WEBHOOK_SECRET)
    await ptb.initialize()
    await ptb.start()


@api.post("/tg")
async def tg(request: Request, x_telegram_bot_api_secret_token: str = Header(default="")) -> dict:
    if not secrets.compare_digest(x_telegram_bot_api_secret_token, WEBHOOK_SECRET):
        log.warning("bad secret header (%d chars) from %s", len(x_telegram_bot_api_secret_token), request.client.host)
        raise HTTPException(status_code=403, detail="bad secret token")
    update = Update.de_json(await request.json(), ptb.bot)
    await ptb.process_update(update)
    return {"ok": True}


@api.on_event("shutdown")
async def shutdown() -> None:
    await ptb.stop()
    await ptb.shutdown()
