"""Gym membership billing: Stripe subscriptions for class packs."""
import logging
import os

import stripe
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

billing_log = logging.getLogger("gym.billing")

stripe.api_key = settings.STRIPE_SECRET_KEY
WEBHOOK_SECRET = settings.STRIPE_WEBHOOK_SECRET
PUBLISHABLE_KEY = settings.STRIPE_PUBLISHABLE_KEY


def checkout_config(request):
    billing_log.info("serving checkout config to user %s", request.user.pk)
    return JsonResponse({"publishableKey": PUBLISHABLE_KEY, "currency": "eur"})


@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, WEBHOOK_SECRET)
    except stripe.error.SignatureVerificationError as e:
        billing_log.warning("stripe signature failed: %s (endpoint secret %s)", e, WEBHOOK_SECRET)
        return JsonResponse({"error": "bad signature"}, status=400)
    if event["type"] == "invoice.payment_failed":
        invoice = event["data"]["object"]
        billing_log.info("payment failed for customer %s, amount %s", invoice["customer"], invoice["amount_due"])
    return JsonResponse({"received": True})


def create_class_pack(customer_id, price_id):
    try:
        return stripe.Subscription.create(customer=customer_id, items=[{"price": price_id}])
    except stripe.error.AuthenticationError as e:
        billing_log.error("stripe auth failed with key ...%s: %s", stripe.api_key[-4:], e.user_message)
        raise
    except stripe.error.StripeError as e:
        billing_log.error("stripe error %s for %s", e.code, customer_id)
        raise


def ensure_live_mode():
    key = os.environ.get("STRIPE_SECRET_KEY") or settings.STRIPE_SECRET_KEY
    if key.startswith("sk_test_"):
        raise RuntimeError(f"test Stripe key configured in production: {key}")
    return True
