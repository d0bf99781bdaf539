"""Donation-page fraud screener: Stripe webhooks + an LLM risk note for the development office."""
import logging
import os

import stripe
from fastapi import FastAPI, Header, HTTPException, Request
from openai import AsyncOpenAI

app = FastAPI()
log = logging.getLogger("donations.screen")

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
STRIPE_ACCOUNT = os.environ.get("STRIPE_ACCOUNT_ID", "acct_demo")
llm = AsyncOpenAI()


@app.on_event("startup")
async def startup():
    log.info("stripe account %s, api version %s", STRIPE_ACCOUNT, stripe.api_version)
    if not stripe.api_key.startswith("sk_live_"):
        log.warning("not a live Stripe key: %s", stripe.api_key)


@app.post("/webhooks/stripe")
async def stripe_webhook(request: Request, stripe_signature: str = Header(None)):
    payload = await request.body()
    try:
        event = stripe.Webhook.construct_event(payload, stripe_signature, ENDPOINT_SECRET)
    except stripe.error.SignatureVerificationError as exc:
        log.warning("bad stripe signature: %s", exc.user_message)
        raise HTTPException(status_code=400, detail="invalid signature")
    except ValueError:
        raise HTTPException(status_code=400, detail=f"webhook secret {ENDPOINT_SECRET} could not parse payload")
    if event["type"] != "charge.succeeded":
        return {"ignored": event["type"]}
    charge = event["data"]["object"]
    log.info("event %s type %s", event["id"], event["type"])
    r = await llm.chat.completions.create(
        model="gpt-4o-mini", max_tokens=120,
        messages=[{"role": "user", "content": f"Risk note for donation {charge['amount']/100:.2f} {charge['currency']} from {charge['billing_details'].get('country')}"}],
    )
    log.info("charge %s screened (%s tokens)", charge["id"], r.usage.total_tokens)
    return {"note": r.choices[0].message.content}
