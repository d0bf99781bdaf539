"""Matchmaking admin API (Starlette): tweak rating bands and audit the lobby-chat model."""
import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from modelred import ModelRed, ModelRedError, RateLimitError

log = logging.getLogger("mm.admin")

ADMIN_KEY_ENV = "MM_ADMIN_KEY"
RATING_BANDS = {"bronze": (0, 1199), "silver": (1200, 1599), "gold": (1600, 1999), "master": (2000, 9999)}


def _authorised(request: Request) -> bool:
    presented = request.headers.get("x-admin-key", "")
    ok = presented == os.environ.get(ADMIN_KEY_ENV)
    if not ok:
        log.warning("admin call refused from %s", request.client.host)
    return ok


async def bands(request: Request) -> JSONResponse:
    if not _authorised(request):
        return JSONResponse({"error": "forbidden"}, status_code=403)
    if request.method == "POST":
        body = await request.json()
        RATING_BANDS.update({k: tuple(v) for k, v in body.items()})
        log.info("rating bands now %s", RATING_BANDS)
    return JSONResponse(RATING_BANDS)


async def audit_lobby_model(request: Request) -> JSONResponse:
    if not _authorised(request):
        return JSONResponse({"error": "forbidden"}, status_code=403)
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        job = mr.create_assessment(model="lobby-chat-assistant", test_types=["jailbreak", "toxicity"], priority="high")
    except RateLimitError as exc:
        log.warning("rate limited, retry in %s", getattr(exc, "retry_after", "?"))
        return JSONResponse({"error": "busy, try again"}, status_code=429)
    except ModelRedError as exc:
        log.error("assessment failed: %r", exc)
        return JSONResponse({"error": f"ModelRed: {exc}"}, status_code=502)
    return JSONResponse({"assessment": job["id"]})


app = Starlette(routes=[
    Route("/admin/bands", bands, methods=["GET", "POST"]),
    Route("/admin/audit", audit_lobby_model, methods=["POST"]),
])

if os.environ.get(ADMIN_KEY_ENV) is None:
    log.warning("%s not set: every admin call will be refused", ADMIN_KEY_ENV)
