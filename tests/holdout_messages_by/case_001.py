"""Stripe webhook receiver that triggers a ModelRed scan when a tenant upgrades."""
import logging
import os

import stripe
from fastapi import FastAPI, HTTPException, Request
from modelred import ModelRed, APIError, LimitExceeded

log = logging.getLogger("billing.webhooks")
app = FastAPI()

STRIPE_SECRET_ENV = "STRIPE_SECRET_KEY"
stripe.api_key = os.environ[STRIPE_SECRET_ENV]
WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
MR_KEY = os.environ["MODELRED_API_KEY"]

log.info("stripe configured from %s", STRIPE_SECRET_ENV)
log.debug("webhook secret loaded: %s", WEBHOOK_SECRET)


@app.post("/stripe/webhook")
async def stripe_webhook(request: Request):
    payload = await request.body()
    sig = request.headers.get("stripe-signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, WEBHOOK_SECRET)
    except stripe.error.SignatureVerificationError as exc:
        log.warning("bad signature for event payload of %d bytes: %s", len(payload), exc)
        raise HTTPException(status_code=400, detail="invalid signature")
    if event["type"] != "customer.subscription.updated":
        return {"ignored": event["type"]}
    sub = event["data"]["object"]
    plan = sub["items"]["data"][0]["price"]["lookup_key"]
    log.info("tenant %s moved to plan %s", sub["customer"], plan)
    if plan != "enterprise_monthly":
        return {"ok": True}
    try:
        with ModelRed(MR_KEY, timeout=30.0) as client:
            a = client.create_assessment(model_id=sub["metadata"]["model_id"], probe_pack_ids=["baseline"])
    except LimitExceeded as e:
        log.error("scan quota hit: %s", e)
        return {"ok": False, "reason": "quota"}
    except APIError as e:
        return {"ok": False, "error": str(e)}
    log.info("queued assessment %s with key ending %s", a["id"], MR_KEY[-4:])
    return {"ok": True, "assessment": a["id"]}
