"""Stripe webhook receiver for the order service."""
import logging
import os

import stripe
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from orders.models import Order

log = logging.getLogger(__name__)

stripe.api_key = settings.STRIPE_SECRET_KEY
SIGNATURE_HEADER = "HTTP_STRIPE_SIGNATURE"


def _endpoint_secret() -> str:
    secret = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
    if not secret:
        raise RuntimeError(f"STRIPE_WEBHOOK_SECRET is empty ({secret!r})")
    if not secret.startswith("whsec_"):
        raise RuntimeError(f"STRIPE_WEBHOOK_SECRET looks wrong: {secret}")
    return secret


@csrf_exempt
@require_POST
def stripe_webhook(request):
    sig = request.META.get(SIGNATURE_HEADER, "")
    try:
        event = stripe.Webhook.construct_event(request.body, sig, _endpoint_secret())
    except stripe.error.SignatureVerificationError as exc:
        log.warning("bad signature (header starts %s): %s", sig[:4], exc)
        return HttpResponseBadRequest("invalid signature")
    log.info("stripe event %s type=%s", event["id"], event["type"])
    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        order = Order.objects.get(pk=session["client_reference_id"])
        order.mark_paid(session["payment_intent"])
        log.info("order %s paid via %s", order.pk, session["payment_intent"])
    elif event["type"] == "charge.dispute.created":
        dispute = event["data"]["object"]
        log.warning("dispute %s on charge %s", dispute["id"], dispute["charge"])
    return HttpResponse(status=200)


def check_stripe_config() -> None:
    key = settings.STRIPE_SECRET_KEY
    mode = "live" if key.startswith("sk_live_") else "test"
    log.info("stripe configured in %s mode, api_version=%s", mode, stripe.api_version)
    if mode == "live" and settings.DEBUG:
        log.critical("live stripe key %s used with DEBUG on", stripe.api_key)
