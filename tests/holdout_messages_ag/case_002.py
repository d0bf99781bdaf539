# Stripe webhook intake for the billing assistant, run as a small Flask app.
import hashlib
import logging
import os

import stripe
from flask import Flask, abort, jsonify, request
from openai import OpenAI

app = Flask(__name__)
logger = logging.getLogger("billing.webhooks")

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
STRIPE_SIG_HEADER = "Stripe-Signature"
llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:10]


@app.post("/webhooks/stripe")
def stripe_webhook():
    payload = request.get_data()
    sig = request.headers.get(STRIPE_SIG_HEADER, "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, WEBHOOK_SECRET)
    except stripe.error.SignatureVerificationError as exc:
        logger.warning("bad signature header %s (secret fp %s): %s", STRIPE_SIG_HEADER, _fingerprint(WEBHOOK_SECRET), exc)
        logger.debug("verification used secret %s", WEBHOOK_SECRET)
        abort(400)
    if event["type"] == "invoice.payment_failed":
        invoice = event["data"]["object"]
        note = llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=200,
            messages=[{"role": "user", "content": f"Draft a polite dunning note for invoice {invoice['id']}"}],
        )
        logger.info("dunning note drafted for %s, tokens=%s", invoice["id"], note.usage.total_tokens)
        return jsonify({"note": note.choices[0].message.content})
    return jsonify({"ok": True})


@app.get("/internal/stripe-config")
def stripe_config():
    if request.headers.get("X-Ops-Token") != os.environ.get("OPS_TOKEN"):
        abort(403)
    mode = "live" if stripe.api_key.startswith("sk_live") else "test"
    logger.info("stripe mode %s, key ends %s", mode, stripe.api_key[-4:])
    return jsonify({"mode": mode})


if __name__ == "__main__":
    if not stripe.api_key.startswith(("sk_live", "sk_test")):
        raise RuntimeError(f"STRIPE_SECRET_KEY looks wrong: {stripe.api_key}")
    app.run(port=int(os.environ.get("PORT", "8080")))
