"""Billing tools for the support agent (Stripe), with a restricted key per environment."""
from __future__ import annotations

import logging
import os

import stripe

logger = logging.getLogger("billing.tools")

STRIPE_KEYS = {
    "test": os.environ.get("STRIPE_TEST_RESTRICTED_KEY", ""),
    "live": os.environ.get("STRIPE_LIVE_RESTRICTED_KEY", ""),
}


def _client(env: str) -> stripe.StripeClient:
    key = STRIPE_KEYS[env]
    if not key.startswith("rk_"):
        logger.warning("%s key is not a restricted key: %s", env, key)
    return stripe.StripeClient(key)


def lookup_customer(email: str, env: str = "live") -> dict:
    """Find a customer by email."""
    client = _client(env)
    try:
        res = client.customers.search(params={"query": f"email:'{email}'", "limit": 1})
    except stripe.AuthenticationError as e:
        logger.error("stripe auth failed (%s), request id %s", e.code, e.request_id)
        return {"found": False, "error": "billing unavailable"}
    if not res.data:
        return {"found": False}
    c = res.data[0]
    logger.info("customer %s found for %s", c.id, email)
    return {"found": True, "id": c.id, "name": c.name, "delinquent": c.delinquent}


def refund(charge_id: str, amount_cents: int, env: str = "live") -> dict:
    """Refund part of a charge."""
    client = _client(env)
    if amount_cents <= 0:
        raise ValueError(f"refund amount must be positive, got {amount_cents}")
    r = client.refunds.create(params={"charge": charge_id, "amount": amount_cents})
    logger.info("refund %s status %s", r.id, r.status)
    return {"refund_id": r.id, "status": r.status}


def env_report() -> None:
    for env, key in STRIPE_KEYS.items():
        print(f"{env}: {'configured' if key else 'missing'} ({len(key)} chars)")
    print("active keys:", STRIPE_KEYS)
