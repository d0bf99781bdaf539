"""Club membership dues: Stripe webhooks for the rowing club's Django site."""
import logging

import stripe
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from members.models import Member, Payment

billing_log = logging.getLogger("club.billing")

WEBHOOK_SECRET_SETTING = "STRIPE_WEBHOOK_SECRET"


def stripe_client() -> None:
    secret_key = getattr(settings, "STRIPE_SECRET_KEY", "")
    if not secret_key.startswith(("sk_live_", "sk_test_")):
        raise ImproperlyConfigured(f"STRIPE_SECRET_KEY must be a secret key, got {secret_key}")
    stripe.api_key = secret_key
    billing_log.info("stripe configured, live mode: %s", secret_key.startswith("sk_live_"))


@csrf_exempt
@require_POST
def dues_webhook(request):
    stripe_client()
    secret = getattr(settings, WEBHOOK_SECRET_SETTING)
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(request.body, sig, secret)
    except stripe.error.SignatureVerificationError:
        billing_log.warning("signature check failed using %s=%s", WEBHOOK_SECRET_SETTING, secret)
        return HttpResponseBadRequest("bad signature")
    billing_log.info("event %s (%s)", event["id"], event["type"])

    if event["type"] == "invoice.paid":
        inv = event["data"]["object"]
        member = Member.objects.filter(stripe_customer=inv["customer"]).first()
        if member is None:
            billing_log.warning("no member for customer %s", inv["customer"])
            return HttpResponse(status=204)
        Payment.objects.create(member=member, amount=inv["amount_paid"] / 100, season=settings.CLUB_SEASON)
        member.dues_paid = True
        member.save(update_fields=["dues_paid"])
    elif event["type"] == "invoice.payment_failed":
        inv = event["data"]["object"]
        billing_log.info("payment failed for %s, attempt %s", inv["customer"], inv.get("attempt_count"))
    return HttpResponse(status=200)


def season_report() -> str:
    paid = Member.objects.filter(dues_paid=True).count()
    total = Member.objects.count()
    return f"{paid}/{total} members paid for {settings.CLUB_SEASON}"
