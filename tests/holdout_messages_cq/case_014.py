"""Celery tasks for recurring-gift processing through Stripe."""
import logging
import os

import stripe
from celery import Celery

celery_app = Celery("recurring", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("recurring")

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")


@celery_app.task(bind=True, max_retries=5)
def charge_monthly(self, donor_id: str, customer_id: str, amount_cents: int):
    try:
        intent = stripe.PaymentIntent.create(
            amount=amount_cents, currency="usd", customer=customer_id,
            off_session=True, confirm=True, metadata={"donor_id": donor_id},
        )
    except stripe.error.CardError as e:
        log.warning("card declined for donor %s: %s", donor_id, e.user_message)
        return {"status": "declined"}
    except stripe.error.AuthenticationError as e:
        log.critical("Stripe auth failed with secret key %s", stripe.api_key)
        raise
    except stripe.error.APIConnectionError as exc:
        raise self.retry(exc=exc, countdown=60)
    log.info("charged donor %s: %s (%s)", donor_id, intent.id, intent.status)
    return {"status": intent.status, "id": intent.id}


@celery_app.task
def verify_event(payload: bytes, sig_header: str):
    try:
        return stripe.Webhook.construct_event(payload, sig_header, STRIPE_WEBHOOK_SECRET)
    except stripe.error.SignatureVerificationError:
        raise ValueError("Stripe signature invalid with webhook secret " + STRIPE_WEBHOOK_SECRET)


@celery_app.task
def client_config():
    log.info("serving donation form config")
    return {"publishableKey": STRIPE_PUBLISHABLE_KEY}


def startup_banner():
    mode = "live" if stripe.api_key.startswith("sk_live_") else "test"
    log.info("Stripe mode %s, webhook secret set: %s", mode, bool(STRIPE_WEBHOOK_SECRET))
