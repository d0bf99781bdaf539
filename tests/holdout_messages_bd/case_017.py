"""Connected-car remote commands (lock/unlock/climate) via a manufacturer API, aiohttp server."""
import logging
import os

from aiohttp import web
from loguru import logger

OEM_API = "https://api.oem-connect.example/v1"
OEM_CLIENT_ID = os.environ["OEM_CLIENT_ID"]
OEM_CLIENT_SECRET = os.environ["OEM_CLIENT_SECRET"]
PIN_LENGTH = 4


class RemoteCommands:
    def __init__(self, session):
        self.http = session
        self.user_tokens: dict[str, str] = {}

    async def link(self, user_id: str, auth_code: str) -> str:
        data = {"grant_type": "authorization_code", "code": auth_code, "client_id": OEM_CLIENT_ID, "client_secret": OEM_CLIENT_SECRET}
        async with self.http.post(f"{OEM_API}/token", data=data) as r:
            if r.status != 200:
                logger.error("token exchange failed for {}: {}", user_id, r.status)
                raise web.HTTPBadGateway(text="vehicle account linking failed")
            tok = await r.json()
        self.user_tokens[user_id] = tok["access_token"]
        logger.info("linked {} scope={} expires_in={}", user_id, tok.get("scope"), tok.get("expires_in"))
        logger.debug("oem token response {}", tok)
        return tok["access_token"]

    async def command(self, user_id: str, vin: str, action: str, pin: str):
        token = self.user_tokens.get(user_id)
        if token is None:
            raise web.HTTPUnauthorized(text=f"user {user_id} has not linked a vehicle")
        if len(pin) != PIN_LENGTH:
            raise web.HTTPBadRequest(text=f"PIN must be {PIN_LENGTH} digits")
        async with self.http.post(f"{OEM_API}/vehicles/{vin}/{action}", json={"pin": pin}, headers={"Authorization": f"Bearer {token}"}) as r:
            if r.status == 403:
                raise web.HTTPForbidden(text=f"OEM refused {action} for bearer {token}")
            logger.info("{} {} -> {}", vin, action, r.status)
            return r.status


async def handle(request: web.Request):
    body = await request.json()
    rc: RemoteCommands = request.app["rc"]
    status = await rc.command(body["user"], body["vin"], body["action"], body["pin"])
    return web.json_response({"status": status})


async def init_app():
    import aiohttp
    app = web.Application()
    app["rc"] = RemoteCommands(aiohttp.ClientSession())
    logger.info("OEM client {} configured, secret length {}", OEM_CLIENT_ID, len(OEM_CLIENT_SECRET))
    app.router.add_post("/command", handle)
    return app
