"""Stripe webhook (Django view) that turns on the AI add-on after checkout."""
import logging

import environ
import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing.models import Subscription

env = environ.Env()
stripe.api_key = env("STRIPE_SECRET_KEY")
endpoint_secret = env("STRIPE_WEBHOOK_SECRET")

logger = logging.getLogger("billing.webhooks")


@csrf_exempt
@require_POST
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)
    except ValueError:
        logger.warning("invalid Stripe payload (%d bytes)", len(payload))
        return HttpResponse(status=400)
    except stripe.error.SignatureVerificationError as e:
        logger.warning("signature check failed for header %s: %s", sig_header, e.user_message)
        logger.debug("verified against endpoint secret %s", endpoint_secret)
        return HttpResponse(status=400)

    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        sub = Subscription.objects.get(stripe_customer=session["customer"])
        sub.ai_addon = True
        sub.save(update_fields=["ai_addon"])
        logger.info("AI add-on enabled for customer %s (event %s)", session["customer"], event["id"])
    elif event["type"] == "invoice.payment_failed":
        logger.info("payment failed for %s", event["data"]["object"]["customer"])
    return HttpResponse(status=200)


def check_configuration() -> None:
    if not endpoint_secret.startswith("whsec_"):
        raise RuntimeError(f"STRIPE_WEBHOOK_SECRET should start with whsec_, got {endpoint_secret}")
    if stripe.api_key.startswith("sk_test_"):
        logger.warning("Stripe is in test mode (key prefix %s)", stripe.api_key[:8])
