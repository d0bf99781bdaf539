"""Storm outage texts: aiohttp service that sends restoration ETAs through Twilio."""
import logging
import os

from aiohttp import BasicAuth, ClientSession, web

log = logging.getLogger("outage.sms")

TWILIO_SID = os.environ["TWILIO_ACCOUNT_SID"]
TWILIO_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
FROM_NUMBER = os.environ.get("OUTAGE_SMS_FROM", "+15550100")


async def send_sms(session: ClientSession, to: str, body: str) -> int:
    url = f"https://api.twilio.com/2010-04-01/Accounts/{TWILIO_SID}/Messages.json"
    async with session.post(url, data={"To": to, "From": FROM_NUMBER, "Body": body}, auth=BasicAuth(TWILIO_SID, TWILIO_TOKEN)) as resp:
        if resp.status == 401:
            log.critical("Twilio auth failed for %s (token %s)", TWILIO_SID, TWILIO_TOKEN)
        elif resp.status >= 400:
            detail = await resp.json()
            log.error("Twilio %s: code %s %s", resp.status, detail.get("code"), detail.get("message"))
        return resp.status


async def notify(request: web.Request) -> web.Response:
    data = await request.json()
    hook_token = request.headers.get("X-Oms-Token", "")
    if hook_token != os.environ["OMS_WEBHOOK_TOKEN"]:
        log.warning("rejected OMS webhook from %s with token %r", request.remote, hook_token)
        raise web.HTTPUnauthorized(text="bad token")
    body = f"Outage {data['incident_id']}: power expected back by {data['etr']}. Reply STOP to opt out."
    sent = 0
    async with ClientSession() as session:
        for phone in data.get("phones", []):
            if await send_sms(session, phone, body) < 300:
                sent += 1
    log.info("incident %s: %d/%d texts sent from %s", data["incident_id"], sent, len(data.get("phones", [])), FROM_NUMBER)
    return web.json_response({"sent": sent})


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/oms/etr", notify)
    log.info("twilio account %s, token configured=%s", TWILIO_SID, TWILIO_TOKEN is not None)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8087)
