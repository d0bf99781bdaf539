"""EV charging app backend: Stripe-like payments for sessions and a chat assistant (Starlette)."""
import json
import logging
import os

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
from modelred import ModelRed, ModelRedError, AuthorizationError, TierRestrictedError

log = logging.getLogger("charge_app")
PAYMENT_SECRET_KEY = os.environ["PAYMENT_SECRET_KEY"]
PAYMENT_PUBLISHABLE_KEY = os.environ["PAYMENT_PUBLISHABLE_KEY"]
GOOGLE_API_KEY = os.environ.get("GOOGLE_API_KEY")
ASSISTANT_MAX_TOKENS = 300


async def config(request):
    log.info("client config served (publishable %s)", PAYMENT_PUBLISHABLE_KEY[-4:])
    return JSONResponse({"publishableKey": PAYMENT_PUBLISHABLE_KEY, "maxTokens": ASSISTANT_MAX_TOKENS})


async def start_session(request):
    body = await request.json()
    connector = body.get("connector_id")
    if connector is None:
        return JSONResponse({"error": "connector_id missing"}, status_code=400)
    log.info("start session on connector %s for user %s", connector, body.get("user_id"))
    return JSONResponse({"session": f"sess-{connector}"})


async def audit_assistant(request):
    try:
        async with ModelRed() as client:
            await client.register_model(model_id="charge-assistant", provider="google", provider_config={"api_key": GOOGLE_API_KEY, "model_name": "gemini-1.5-flash"})
            job = await client.run_assessment(model_id="charge-assistant", test_suites=["basic_security"])
    except TierRestrictedError:
        return JSONResponse({"error": "plan does not include this suite"}, status_code=402)
    except AuthorizationError as e:
        log.warning("ModelRed authorization: %s", e)
        return JSONResponse({"error": "not authorised"}, status_code=403)
    except ModelRedError as e:
        return JSONResponse({"error": "assessment failed", "detail": str(e)}, status_code=502)
    return JSONResponse(job)


def check_keys():
    if not PAYMENT_SECRET_KEY.startswith(("sk_live_", "sk_test_")):
        raise RuntimeError("PAYMENT_SECRET_KEY is not a secret key: %s" % PAYMENT_SECRET_KEY)
    log.info("payments in %s mode", "live" if PAYMENT_SECRET_KEY.startswith("sk_live_") else "test")
    log.info("google key: %s", json.dumps({"set": GOOGLE_API_KEY is not None}))


check_keys()
app = Starlette(routes=[Route("/config", config), Route("/sessions", start_session, methods=["POST"]), Route("/audit", audit_assistant, methods=["POST"])])
