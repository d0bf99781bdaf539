"""Async Slack Events API receiver (Starlette) that summarises threads with Claude."""
import hashlib
import hmac
import logging
import os
import time

import httpx
from anthropic import AsyncAnthropic
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

log = logging.getLogger("slack.events")


class SlackEvents:
    def __init__(self) -> None:
        self.signing_secret = os.environ["SLACK_SIGNING_SECRET"]
        self.bot_token = os.environ["SLACK_BOT_TOKEN"]
        self.llm = AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
        self.headers = {"Authorization": f"Bearer {self.bot_token}", "Content-Type": "application/json; charset=utf-8"}
        self.http = httpx.AsyncClient(base_url="https://slack.com/api", headers=self.headers)
        self.max_tokens = 600

    def valid(self, ts: str, body: bytes, sig: str) -> bool:
        if abs(time.time() - int(ts or 0)) > 300:
            return False
        mac = hmac.new(self.signing_secret.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256)
        return hmac.compare_digest("v0=" + mac.hexdigest(), sig)

    async def post(self, channel: str, thread_ts: str, text: str) -> None:
        r = await self.http.post("/chat.postMessage", json={"channel": channel, "thread_ts": thread_ts, "text": text})
        data = r.json()
        if not data.get("ok"):
            log.error("chat.postMessage failed: %s (needed=%s)", data.get("error"), data.get("needed"))
            log.debug("request headers were %s", self.headers)

    async def handle(self, request: Request):
        body = await request.body()
        if not self.valid(request.headers.get("x-slack-request-timestamp", ""), body, request.headers.get("x-slack-signature", "")):
            return PlainTextResponse("bad signature", status_code=401)
        payload = await request.json()
        if payload.get("type") == "url_verification":
            return JSONResponse({"challenge": payload["challenge"]})
        ev = payload.get("event", {})
        if ev.get("type") == "app_mention":
            msg = await self.llm.messages.create(model="claude-3-5-sonnet-latest", max_tokens=self.max_tokens, messages=[{"role": "user", "content": ev.get("text", "")}])
            log.info("summary used %s output tokens of %s", msg.usage.output_tokens, self.max_tokens)
            await self.post(ev["channel"], ev.get("thread_ts", ev["ts"]), msg.content[0].text)
        return JSONResponse({"ok": True})


events = SlackEvents()
app = Starlette(routes=[Route("/slack/events", events.handle, methods=["POST"])])
log.info("events receiver ready, signing secret %s", events.signing_secret)
