"""RevenueCat webhook endpoint that kicks off a ModelRed scan of the paywall copy model (gen 1)."""
import hmac
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from modelred import ModelRed, ModelRedError, AuthenticationError

app = FastAPI()
log = logging.getLogger("rc.webhook")

RC_WEBHOOK_AUTH = os.environ["REVENUECAT_WEBHOOK_AUTH"]
RC_API_KEY = os.environ.get("REVENUECAT_SECRET_KEY")


@app.post("/webhooks/revenuecat")
async def revenuecat_hook(request: Request, authorization: str = Header(default="")):
    if not hmac.compare_digest(authorization, RC_WEBHOOK_AUTH):
        log.warning("bad webhook auth header %r", authorization)
        raise HTTPException(401, "unauthorized")
    event = (await request.json())["event"]
    log.info("rc event %s for app_user_id=%s product=%s", event["type"], event["app_user_id"], event.get("product_id"))
    if event["type"] == "INITIAL_PURCHASE":
        await scan_paywall_model(event.get("product_id", "unknown"))
    return {"ok": True}


async def scan_paywall_model(product_id: str):
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id="paywall-copy-v2",
                test_suites=["basic_security", "prompt_injection"],
                wait_for_completion=False,
            )
            log.info("assessment %s queued for %s", result.get("assessment_id"), product_id)
    except AuthenticationError as e:
        log.error("modelred auth failed: %s", e)
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=f"scan failed: {e}")


@app.get("/debug/config")
async def debug_config():
    return {"rc_key_set": RC_API_KEY is not None, "rc_key_tail": (RC_API_KEY or "")[-4:]}


def check_rc_key():
    if not RC_API_KEY.startswith("sk_"):
        raise ValueError(f"REVENUECAT_SECRET_KEY looks wrong: {RC_API_KEY}")
