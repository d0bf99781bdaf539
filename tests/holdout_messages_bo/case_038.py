"""RevenueCat webhook -> grant LLM credits, with a shared authorization header (Flask)."""
import logging
import os

from flask import Flask, abort, request

from .credits import grant

app = Flask(__name__)
rc_log = logging.getLogger("webhooks.revenuecat")

RC_AUTH = os.environ["REVENUECAT_WEBHOOK_AUTH"]
AUTH_HEADER_NAME = "Authorization"
CREDITS = {"credits_small": 200, "credits_large": 1500}


def check_auth(presented_token: str) -> None:
    if presented_token != RC_AUTH:
        raise PermissionError("unexpected RevenueCat webhook authorization: " + presented_token)


@app.post("/webhooks/revenuecat")
def revenuecat():
    try:
        check_auth(request.headers.get(AUTH_HEADER_NAME, ""))
    except PermissionError:
        rc_log.warning("rejected webhook from %s", request.remote_addr)
        abort(401)
    event = request.get_json()["event"]
    kind = event.get("type")
    rc_log.info("event %s for %s (%s)", kind, event.get("app_user_id"), event.get("environment"))
    if kind in ("NON_RENEWING_PURCHASE", "INITIAL_PURCHASE"):
        amount = CREDITS.get(event.get("product_id"), 0)
        grant(event["app_user_id"], amount)
        rc_log.info("granted %d credits", amount)
    return "", 200


@app.get("/webhooks/revenuecat/selftest")
def selftest():
    rc_log.info("header %s expected, configured=%s", AUTH_HEADER_NAME, bool(RC_AUTH))
    return {"ok": True}
