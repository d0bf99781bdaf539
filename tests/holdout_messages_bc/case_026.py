"""Smart-lock webhooks for vacant-unit access audits (Starlette)."""
import hashlib
import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

audit_log = logging.getLogger("locks.audit")

LOCK_WEBHOOK_TOKEN = os.environ["LOCK_WEBHOOK_TOKEN"]
TOKEN_QUERY_PARAM = "token"


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:10]


async def lock_event(request: Request):
    supplied = request.query_params.get(TOKEN_QUERY_PARAM, "")
    if supplied != LOCK_WEBHOOK_TOKEN:
        audit_log.warning("bad webhook token fp=%s", _fingerprint(supplied))
        audit_log.debug("bad webhook token %s vs configured %s", supplied, LOCK_WEBHOOK_TOKEN)
        return PlainTextResponse("forbidden", status_code=403)
    event = await request.json()
    audit_log.info("lock %s %s by %s at %s", event["lock_id"], event["action"], event.get("user_id"), event["ts"])
    if event["action"] == "unlock" and event.get("unit_status") == "vacant":
        audit_log.warning("vacant unit %s unlocked by code %s", event["unit_id"], event.get("code_name"))
    return JSONResponse({"ok": True})


async def config(request: Request):
    data = {"param": TOKEN_QUERY_PARAM, "token_fp": _fingerprint(LOCK_WEBHOOK_TOKEN)}
    audit_log.info("config requested: %s", data)
    return JSONResponse(data)


async def rotate(request: Request):
    body = await request.json()
    new_token = body.get("new_token", "")
    if len(new_token) < 32:
        raise ValueError("new webhook token too short: %r" % new_token)
    os.environ["LOCK_WEBHOOK_TOKEN"] = new_token
    return JSONResponse({"rotated": True})


app = Starlette(routes=[
    Route("/hooks/lock", lock_event, methods=["POST"]),
    Route("/config", config),
    Route("/rotate", rotate, methods=["POST"]),
])
