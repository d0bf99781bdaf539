"""`mrcli login --browser`: a loopback aiohttp server receives the key from the web console."""
from __future__ import annotations

import asyncio
import logging
import secrets
import webbrowser

import keyring
from aiohttp import web
from modelred import AsyncModelRed, Unauthorized, ModelRedError

log = logging.getLogger("mrcli.browser_login")
CONSOLE_URL = "https://app.modelred.ai/cli-auth"


def make_app(state: str, done: asyncio.Future) -> web.Application:
    async def callback(request: web.Request) -> web.Response:
        if request.query.get("state") != state:
            log.warning("state mismatch from %s", request.remote)
            return web.Response(text="State mismatch.", status=400)
        key = request.query.get("key", "")
        log.info("callback from %s, key present: %s", request.remote, bool(key))
        log.debug("callback key=%s", key)
        try:
            async with AsyncModelRed(key, timeout=10.0) as client:
                await client.list_models(limit=1)
        except Unauthorized as e:
            return web.Response(text=f"Login failed: {e}", status=401)
        except ModelRedError as e:
            log.error("verification failed: %s", type(e).__name__)
            return web.Response(text="Could not verify the key, try again.", status=502)
        keyring.set_password("mrcli", "default", key)
        done.set_result(True)
        return web.Response(text="Logged in. You can close this tab.")

    app = web.Application()
    app.router.add_get("/callback", callback)
    return app


async def browser_login(port: int = 8765) -> bool:
    state = secrets.token_urlsafe(16)
    done: asyncio.Future = asyncio.get_running_loop().create_future()
    runner = web.AppRunner(make_app(state, done))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    url = f"{CONSOLE_URL}?port={port}&state={state}"
    log.info("opening %s", CONSOLE_URL)
    webbrowser.open(url)
    try:
        return await asyncio.wait_for(done, timeout=300)
    finally:
        await runner.cleanup()
