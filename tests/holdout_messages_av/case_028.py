"""The Things Network uplink webhook: soil-moisture sensors -> LLM alerts (aiohttp)."""
import json
import logging
import os

from aiohttp import web
from openai import AsyncOpenAI

log = logging.getLogger("ttn.webhook")
WEBHOOK_HEADER = "X-Downlink-Apikey"
TTN_APP = os.getenv("TTN_APP_ID", "soil-probes-eu1")
llm = AsyncOpenAI()


async def uplink(request: web.Request) -> web.Response:
    expected = request.app["ttn_api_key"]
    presented = request.headers.get(WEBHOOK_HEADER, "")
    if presented != expected:
        log.warning("uplink for %s with wrong %s: %s", TTN_APP, WEBHOOK_HEADER, presented)
        return web.json_response({"error": "unauthorised"}, status=401)
    body = await request.json()
    dev = body["end_device_ids"]["device_id"]
    payload = body["uplink_message"].get("decoded_payload", {})
    log.info("uplink from %s on %s: %s", dev, TTN_APP, payload)
    moisture = payload.get("soil_moisture")
    if moisture is not None and moisture < 18:
        resp = await llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=80,
            messages=[{"role": "user", "content": f"Short irrigation alert: sensor {dev} soil moisture {moisture}%"}],
        )
        log.info("alert for %s (%d tokens): %s", dev, resp.usage.total_tokens, resp.choices[0].message.content)
    return web.json_response({"ok": True})


async def on_startup(app: web.Application):
    app["ttn_api_key"] = os.environ["TTN_WEBHOOK_API_KEY"]
    log.info("ttn webhook for %s, header %s", TTN_APP, WEBHOOK_HEADER)


def make_app() -> web.Application:
    app = web.Application()
    app.on_startup.append(on_startup)
    app.router.add_post("/ttn/uplink", uplink)
    return app


def print_config(app: web.Application):
    print(json.dumps({"app": TTN_APP, "api_key": app["ttn_api_key"]}, indent=2))


if __name__ == "__main__":
    web.run_app(make_app(), port=int(os.getenv("PORT", "8080")))
