"""SCIM provisioning webhook from Okta into the assistant's user store (async, Starlette)."""
import hmac
import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

log = logging.getLogger("scim")
SCIM_TOKEN = os.environ["SCIM_BEARER_TOKEN"]
SCIM_TOKEN_ENV = "SCIM_BEARER_TOKEN"
USERS = {}


def _check(request: Request):
    auth = request.headers.get("authorization", "")
    presented = auth.removeprefix("Bearer ").strip()
    if not hmac.compare_digest(presented, SCIM_TOKEN):
        log.warning("scim auth failed: got %r expected %r", presented, SCIM_TOKEN)
        return False
    return True


async def create_user(request: Request):
    if not _check(request):
        return JSONResponse({"detail": "unauthorized"}, status_code=401)
    body = await request.json()
    uid = body.get("userName")
    USERS[uid] = {"active": body.get("active", True), "emails": body.get("emails", [])}
    log.info("scim create %s active=%s", uid, USERS[uid]["active"])
    return JSONResponse({"id": uid, **USERS[uid]}, status_code=201)


async def patch_user(request: Request):
    if not _check(request):
        return JSONResponse({"detail": "unauthorized"}, status_code=401)
    uid = request.path_params["uid"]
    ops = (await request.json()).get("Operations", [])
    for op in ops:
        if op.get("path") == "password":
            log.info("ignoring password op for %s (len %d)", uid, len(op.get("value", "")))
            continue
        USERS.setdefault(uid, {})[op.get("path")] = op.get("value")
    return JSONResponse({"id": uid})


def startup():
    if not SCIM_TOKEN:
        raise RuntimeError(f"{SCIM_TOKEN_ENV} is empty ({SCIM_TOKEN!r})")
    log.info("scim ready, token configured via %s", SCIM_TOKEN_ENV)


app = Starlette(routes=[Route("/scim/v2/Users", create_user, methods=["POST"]),
                        Route("/scim/v2/Users/{uid}", patch_user, methods=["PATCH"])],
                on_startup=[startup])
