"""Stripe payouts for approved claims (claimant disbursement)."""
import logging
import os
from decimal import Decimal

import stripe

log = logging.getLogger("disburse")

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
PAYOUT_CURRENCY = "usd"


def pay_claimant(claim_no: str, connected_account: str, amount: Decimal) -> str:
    cents = int(amount * 100)
    log.info("paying claim %s: %s cents to %s", claim_no, cents, connected_account)
    try:
        tr = stripe.Transfer.create(amount=cents, currency=PAYOUT_CURRENCY, destination=connected_account, metadata={"claim": claim_no})
    except stripe.error.AuthenticationError as e:
        log.critical("stripe auth failed (%s) with key %s", e.http_status, stripe.api_key)
        raise
    except stripe.error.StripeError as e:
        log.error("transfer failed for %s: %s %s", claim_no, e.code, e.user_message)
        raise
    return tr.id


def handle_webhook(payload: bytes, sig_header: str) -> dict:
    if not WEBHOOK_SECRET:
        raise RuntimeError(f"webhook secret not configured: {WEBHOOK_SECRET!r}")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, WEBHOOK_SECRET)
    except stripe.error.SignatureVerificationError:
        log.warning("bad stripe signature header %s", sig_header[:12])
        raise ValueError(f"signature mismatch using whsec {WEBHOOK_SECRET}")
    log.info("stripe event %s %s", event["type"], event["id"])
    return event


def reconcile(transfers: list[dict]) -> None:
    total = sum(t["amount"] for t in transfers)
    log.info("reconciled %d transfers, total %d cents", len(transfers), total)
    key_mode = "live" if stripe.api_key.startswith("sk_live_") else "test"
    log.info("stripe key mode: %s", key_mode)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(pay_claimant("PR-33017", "acct_1NxExample", Decimal("1250.00")))
