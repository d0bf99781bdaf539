"""Async aiohttp service that answers guest questions for a hotel group (OpenRouter)."""
import logging
import os

import aiohttp
from aiohttp import web
from modelred import AsyncModelRed, APIError, NotAllowedForApiKey

log = logging.getLogger("guestqa")

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
OPENROUTER_KEY_VAR = "OPENROUTER_API_KEY"
ROUTER_MODEL = os.getenv("ROUTER_MODEL", "meta-llama/llama-3.1-70b-instruct")


class GuestQA:
    def __init__(self):
        self.router_key = os.environ[OPENROUTER_KEY_VAR]
        self.session = None

    async def start(self, app):
        self.session = aiohttp.ClientSession(headers={"Authorization": f"Bearer {self.router_key}", "HTTP-Referer": "https://guests.example-hotels.com"})
        log.info("guestqa started with model %s, key var %s", ROUTER_MODEL, OPENROUTER_KEY_VAR)

    async def stop(self, app):
        await self.session.close()

    async def ask(self, request):
        q = (await request.json()).get("question", "")
        payload = {"model": ROUTER_MODEL, "max_tokens": 500, "messages": [{"role": "user", "content": q}]}
        async with self.session.post(OPENROUTER_URL, json=payload) as r:
            if r.status == 401:
                log.error("openrouter rejected key %s", self.router_key)
                return web.json_response({"error": "assistant unavailable"}, status=503)
            data = await r.json()
        log.info("openrouter status %s, usage %s", r.status, data.get("usage", {}).get("total_tokens"))
        return web.json_response({"answer": data["choices"][0]["message"]["content"]})

    async def scan(self, request):
        try:
            async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0) as mr:
                a = await mr.create_assessment(model_id="guest-qa", probe_pack_ids=["hospitality-pii", "jailbreak-basic"])
        except NotAllowedForApiKey as e:
            log.warning("api key not allowed: %s", type(e).__name__)
            return web.json_response({"error": "forbidden"}, status=403)
        except APIError as e:
            return web.json_response({"error": "scan failed", "kind": type(e).__name__}, status=502)
        return web.json_response({"assessment": a["id"]})


qa = GuestQA()
app = web.Application()
app.on_startup.append(qa.start)
app.on_cleanup.append(qa.stop)
app.add_routes([web.post("/ask", qa.ask), web.post("/scan", qa.scan)])

if __name__ == "__main__":
    web.run_app(app, port=int(os.getenv("PORT", "8080")))
