"""Telegram bot webhook (aiohttp.web) that answers with Gemini."""

from __future__ import annotations

import hmac
import logging
import os

from aiohttp import ClientSession, web
from google import genai

log = logging.getLogger("tg.bot")

BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
WEBHOOK_SECRET = os.environ["TELEGRAM_WEBHOOK_SECRET"]
API = f"https://api.telegram.org/bot{BOT_TOKEN}"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

gemini = genai.Client(api_key=os.environ["GEMINI_API_KEY"])


async def send(chat_id: int, text: str) -> None:
    async with ClientSession() as http:
        async with http.post(f"{API}/sendMessage", json={"chat_id": chat_id, "text": text[:4096]}) as resp:
            if resp.status != 200:
                log.warning("sendMessage to %s failed: %s %s", chat_id, resp.status, await resp.text())


async def webhook(request: web.Request) -> web.Response:
    presented = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(presented, WEBHOOK_SECRET):
        log.warning("bad webhook secret %r from %s", presented, request.remote)
        log.info("header %s present=%s", SECRET_HEADER, bool(presented))
        return web.Response(status=403)
    update = await request.json()
    match update:
        case {"message": {"chat": {"id": int(chat_id)}, "text": str(text)}} if text.startswith("/start"):
            await send(chat_id, "Hi! Ask me anything.")
        case {"message": {"chat": {"id": int(chat_id)}, "text": str(text)}}:
            log.info("chat %s asked %d chars", chat_id, len(text))
            reply = await gemini.aio.models.generate_content(model="gemini-1.5-flash", contents=text)
            await send(chat_id, reply.text or "…")
        case {"update_id": uid}:
            log.debug("ignoring update %s with fields %s", uid, sorted(k for k in update if k != "update_id"))
    return web.Response(text="ok")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    log.info("telegram api base %s", API)
    app = web.Application()
    app.router.add_post("/tg/webhook", webhook)
    web.run_app(app, port=int(os.getenv("PORT", "8080")))


if __name__ == "__main__":
    main()
