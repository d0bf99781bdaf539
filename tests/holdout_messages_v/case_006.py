"""Stripe webhook receiver for subscription changes (Flask)."""

import logging
import os

import stripe
from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger("billing.webhooks")

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
ENDPOINT_SECRET_VAR = "STRIPE_WEBHOOK_SECRET"

HANDLED = {"customer.subscription.updated", "customer.subscription.deleted", "invoice.paid"}


@app.post("/webhooks/stripe")
def stripe_webhook():
    payload = request.get_data()
    sig_header = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except stripe.error.SignatureVerificationError:
        logger.warning("bad Stripe signature header %s", sig_header)
        logger.debug("verification used %s=%s", ENDPOINT_SECRET_VAR, ENDPOINT_SECRET)
        return jsonify(error="invalid signature"), 400
    except ValueError:
        logger.warning("malformed Stripe payload of %d bytes", len(payload))
        return jsonify(error="bad payload"), 400

    if event["type"] not in HANDLED:
        logger.info("ignoring Stripe event %s (%s)", event["id"], event["type"])
        return jsonify(received=True)

    sub = event["data"]["object"]
    logger.info("subscription %s for customer %s is now %s", sub.get("id"), sub.get("customer"), sub.get("status"))
    _apply(sub)
    return jsonify(received=True)


def _apply(sub: dict) -> None:
    try:
        customer = stripe.Customer.retrieve(sub["customer"])
    except stripe.error.AuthenticationError as exc:
        logger.error("Stripe rejected our key: %s (using %s)", exc.user_message, stripe.api_key)
        raise
    logger.info("plan %s applied for %s", sub["items"]["data"][0]["price"]["id"], customer["email"])
