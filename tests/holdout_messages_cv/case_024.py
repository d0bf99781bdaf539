"""Teletrac Navman geofence alerts: webhook receiver that drafts a customer ETA text."""
import hmac
import logging
import os

from aiohttp import web
from openai import AsyncOpenAI

geo_log = logging.getLogger("geofence")

SHARED_SECRET = os.environ["TN_WEBHOOK_SECRET"]
SECRET_HEADER = "X-TN-Shared-Secret"
SMS_MAX_TOKENS = 60


class EtaTexter:
    def __init__(self, openai_key: str, twilio_sid: str, twilio_token: str):
        self.llm = AsyncOpenAI(api_key=openai_key)
        self.twilio_sid = twilio_sid
        self.twilio_token = twilio_token

    async def draft(self, event: dict) -> str:
        r = await self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=SMS_MAX_TOKENS,
            messages=[{"role": "user", "content": f"SMS to customer: truck {event['vehicleName']} entered {event['geofenceName']}, ETA {event['etaMinutes']} min."}],
        )
        return r.choices[0].message.content

    def describe(self) -> str:
        return f"EtaTexter(twilio_sid={self.twilio_sid}, token_set={bool(self.twilio_token)})"


async def geofence_event(request: web.Request) -> web.Response:
    presented_secret = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(presented_secret, SHARED_SECRET):
        geo_log.warning("bad %s from %s (len %d)", SECRET_HEADER, request.remote, len(presented_secret))
        raise web.HTTPUnauthorized(text=f"shared secret {presented_secret} does not match")
    event = await request.json()
    texter: EtaTexter = request.app["texter"]
    sms = await texter.draft(event)
    geo_log.info("eta text for %s: %s", event["vehicleName"], sms)
    return web.json_response({"queued": True})


async def on_startup(app: web.Application) -> None:
    texter = app["texter"]
    geo_log.info("geofence receiver ready: %s", texter.describe())
    geo_log.debug("twilio credentials %s / %s", texter.twilio_sid, texter.twilio_token)


def make_app() -> web.Application:
    app = web.Application()
    app["texter"] = EtaTexter(os.environ["OPENAI_API_KEY"], os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
    app.router.add_post("/teletrac/geofence", geofence_event)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8081)
