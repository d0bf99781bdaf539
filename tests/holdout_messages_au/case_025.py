"""Linear webhook receiver: starts a ModelRed scan when an issue moves to `Ready for eval`."""
import hashlib
import hmac
import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from modelred import *  # noqa: F401,F403

log = logging.getLogger("linear.webhook")
SIGNING_SECRET = os.environ["LINEAR_WEBHOOK_SECRET"]
mr = ModelRed(os.environ["MODELRED_API_KEY"])


async def hook(request: Request) -> JSONResponse:
    body = await request.body()
    sig = request.headers.get("linear-signature", "")
    digest = hmac.new(SIGNING_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, sig):
        log.warning("bad signature %s; webhook id %s", sig[:8], request.headers.get("linear-delivery"))
        return JSONResponse({"error": "bad signature"}, status_code=401)
    payload = await request.json()
    data = payload.get("data", {})
    if data.get("state", {}).get("name") != "Ready for eval":
        return JSONResponse({"skipped": True})
    model_id = data.get("title", "").split(":")[0].strip()
    try:
        run = mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak", "pii-leak"])
    except NotFound:
        return JSONResponse({"error": f"unknown model {model_id}"}, status_code=404)
    except APIError as exc:
        log.error("scan for %s failed: %s", data.get("identifier"), exc)
        return JSONResponse({"error": f"ModelRed: {exc}"}, status_code=502)
    return JSONResponse({"assessment": run["id"]})


async def debug_config(request: Request) -> JSONResponse:
    if request.client.host != "127.0.0.1":
        return JSONResponse({}, status_code=404)
    log.debug("webhook secret in use: %s", SIGNING_SECRET)
    return JSONResponse({"secret_set": bool(SIGNING_SECRET), "secret_sha": hashlib.sha256(SIGNING_SECRET.encode()).hexdigest()[:8]})


app = Starlette(routes=[Route("/linear", hook, methods=["POST"]), Route("/debug/config", debug_config)])
