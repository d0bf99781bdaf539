"""Online ordering checkout: Stripe payments and an upsell LLM suggestion."""
import logging
import os

import stripe
from flask import Flask, jsonify, request
from mistralai import Mistral

app = Flask(__name__)
log = logging.getLogger("checkout")

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
STRIPE_PUBLISHABLE_KEY = os.environ["STRIPE_PUBLISHABLE_KEY"]
WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


@app.get("/checkout/config")
def checkout_config():
    return jsonify(publishableKey=STRIPE_PUBLISHABLE_KEY, currency="usd")


@app.post("/checkout/intent")
def create_intent():
    cart = request.get_json()
    amount = sum(i["price_cents"] * i["qty"] for i in cart["items"])
    intent = stripe.PaymentIntent.create(amount=amount, currency="usd", metadata={"order": cart["order_id"]})
    log.info("intent %s for order %s amount %d", intent.id, cart["order_id"], amount)
    log.debug("intent %s created with stripe key %s", intent.id, stripe.api_key)
    return jsonify(clientSecret=intent.client_secret)


@app.post("/checkout/webhook")
def webhook():
    try:
        event = stripe.Webhook.construct_event(request.get_data(), request.headers.get("Stripe-Signature"), WEBHOOK_SECRET)
    except stripe.error.SignatureVerificationError as e:
        log.warning("bad stripe signature: %s", e)
        return "", 400
    log.info("stripe event %s", event["type"])
    return "", 200


def upsell(cart_names: list[str]) -> str:
    res = mistral.chat.complete(model="mistral-small-latest", max_tokens=60,
                                messages=[{"role": "user", "content": f"Suggest one add-on for: {', '.join(cart_names)}"}])
    log.debug("upsell tokens: %s", res.usage.total_tokens)
    return res.choices[0].message.content


if not WEBHOOK_SECRET.startswith("whsec_"):
    log.error("STRIPE_WEBHOOK_SECRET malformed: %s", WEBHOOK_SECRET)
