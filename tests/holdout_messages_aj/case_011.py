"""Payment hook for the creative-writing app: Stripe webhooks unlock premium models."""
import logging
import os

import stripe
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("inkwell.billing")

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
PREMIUM_PRICE = os.environ.get("PREMIUM_PRICE_ID", "price_premium_monthly")
PREMIUM_MAX_TOKENS = 4096


def grant_premium(customer_id: str, email: str) -> None:
    log.info("granting premium to %s (%s), max_tokens=%d", customer_id, email, PREMIUM_MAX_TOKENS)


@app.post("/billing/webhook")
def webhook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, WEBHOOK_SECRET)
    except stripe.error.SignatureVerificationError as exc:
        log.warning("bad signature %s: %s", sig[:12], exc)
        abort(400)
    log.info("event %s type=%s", event["id"], event["type"])
    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        grant_premium(session["customer"], session["customer_details"]["email"])
    return jsonify(received=True)


@app.post("/billing/portal")
def portal():
    customer = request.json["customer_id"]
    try:
        sess = stripe.billing_portal.Session.create(customer=customer, return_url="https://inkwell.app/account")
    except stripe.error.AuthenticationError:
        log.critical("stripe auth failed using %s", stripe.api_key)
        abort(500)
    return jsonify(url=sess.url)


def selfcheck() -> None:
    if not WEBHOOK_SECRET.startswith("whsec_"):
        raise RuntimeError(f"STRIPE_WEBHOOK_SECRET malformed: {WEBHOOK_SECRET}")
    log.info("billing ready, price=%s", PREMIUM_PRICE)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    selfcheck()
    app.run(port=4242)
