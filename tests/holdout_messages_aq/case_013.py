"""Dispatch console backend (aiohttp websockets) relaying ModelRed scan results to operators."""
import json
import logging
import os

from aiohttp import web
from modelred import ModelRed, NotFound, Forbidden, APIError

ws_log = logging.getLogger("console.ws")
OPERATOR_TOKEN_HEADER = "X-Operator-Token"


def operator_tokens() -> set:
    return set(filter(None, os.environ.get("OPERATOR_TOKENS", "").split(",")))


async def ws_handler(request: web.Request):
    presented = request.headers.get(OPERATOR_TOKEN_HEADER, "")
    if presented not in operator_tokens():
        ws_log.warning("operator auth failed with %s", presented)
        raise web.HTTPUnauthorized(text=f"bad token in {OPERATOR_TOKEN_HEADER}")
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    client = ModelRed(os.environ["MODELRED_API_KEY"])
    async for msg in ws:
        cmd = json.loads(msg.data)
        if cmd.get("op") != "status":
            continue
        try:
            asm = client.get_assessment(cmd["assessment_id"])
            await ws.send_json({"op": "status", "state": asm.get("status")})
        except NotFound as e:
            await ws.send_json({"op": "error", "message": f"{e}"})
        except Forbidden as e:
            ws_log.info("forbidden: %s", e)
            await ws.send_json({"op": "error", "message": "not allowed for this key"})
        except APIError as e:
            await ws.send_json({"op": "error", "code": getattr(e, "status_code", 500)})
    client.close()
    return ws


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/ws", ws_handler)
    ws_log.info("operator tokens loaded: %d", len(operator_tokens()))
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8090)
