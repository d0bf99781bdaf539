"""Flask tenant portal: rent payment page calls Stripe and an LLM receipt explainer."""
import logging
import os

import stripe
from flask import Flask, jsonify, request
from openai import OpenAI, AuthenticationError as OpenAIAuthError

app = Flask(__name__)
app.logger.setLevel(logging.INFO)

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
STRIPE_PUBLISHABLE = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
llm = OpenAI()


@app.get("/pay/config")
def pay_config():
    app.logger.info("serving pay config to %s", request.remote_addr)
    return jsonify(publishableKey=STRIPE_PUBLISHABLE)


@app.post("/pay/<lease_id>")
def pay(lease_id: str):
    amount = int(request.json["amount_cents"])
    try:
        intent = stripe.PaymentIntent.create(amount=amount, currency="usd", metadata={"lease": lease_id})
    except stripe.error.AuthenticationError:
        app.logger.error("stripe auth failed with key %s", stripe.api_key)
        return jsonify(error="payment provider unavailable"), 503
    app.logger.info("intent %s for lease %s amount %d", intent.id, lease_id, amount)
    return jsonify(clientSecret=intent.client_secret)


@app.post("/pay/<lease_id>/explain")
def explain(lease_id: str):
    charges = request.json.get("charges", [])
    try:
        resp = llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=250,
            messages=[{"role": "user", "content": f"Explain these rent charges plainly: {charges}"}],
        )
    except OpenAIAuthError as err:
        app.logger.error("openai auth error code=%s", err.code)
        return jsonify(error="explainer unavailable"), 503
    return jsonify(text=resp.choices[0].message.content)


@app.before_request
def trace_auth():
    auth = request.headers.get("Authorization", "")
    if auth and not auth.startswith("Bearer "):
        app.logger.warning("unexpected auth scheme %s", auth)
    app.logger.debug("auth present=%s", bool(auth))
