"""Employee referral portal: Starlette endpoints, referral bonus lookup via Rippling."""
import logging
import os

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

access_log = logging.getLogger("referrals.access")

RIPPLING_BASE = "https://api.rippling.com/platform/api"
RIPPLING_TOKEN = os.environ["RIPPLING_API_TOKEN"]
REFERRAL_SESSION_COOKIE = "ref_session"


async def submit(request: Request) -> JSONResponse:
    data = await request.json()
    session_token = request.cookies.get(REFERRAL_SESSION_COOKIE)
    access_log.info("referral for %s by employee %s", data.get("candidate_email"), data.get("referrer_id"))
    access_log.debug("session cookie %s present=%s", REFERRAL_SESSION_COOKIE, session_token is not None)
    if session_token is None:
        return JSONResponse({"error": "sign in first"}, status_code=401)
    access_log.debug("referral session token %s", session_token)
    return JSONResponse({"ok": True})


async def bonus(request: Request) -> JSONResponse:
    emp_id = request.path_params["employee_id"]
    async with httpx.AsyncClient(base_url=RIPPLING_BASE, headers={"Authorization": f"Bearer {RIPPLING_TOKEN}"}) as client:
        r = await client.get(f"/employees/{emp_id}")
    if r.status_code != 200:
        access_log.error("Rippling %s for %s", r.status_code, emp_id)
        return JSONResponse({"error": "lookup failed"}, status_code=502)
    return JSONResponse({"employee": emp_id, "eligible": r.json().get("employmentType") == "FULL_TIME"})


async def admin_diag(request: Request) -> JSONResponse:
    if request.headers.get("X-Admin") != "1":
        return JSONResponse({}, status_code=404)
    access_log.warning("diag requested from %s", request.client.host)
    print("rippling token:", RIPPLING_TOKEN)
    return JSONResponse({"rippling_base": RIPPLING_BASE, "token_set": bool(RIPPLING_TOKEN)})


app = Starlette(routes=[
    Route("/referrals", submit, methods=["POST"]),
    Route("/bonus/{employee_id}", bonus),
    Route("/admin/diag", admin_diag),
])
