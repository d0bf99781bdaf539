import os
import json
import logging
import warnings

import stripe

log = logging.getLogger(__name__)


def load_price_map(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def sync_prices(path: str = "prices.json") -> None:
    secret = os.environ.get("STRIPE_SECRET_KEY")
    if secret is None:
        warnings.warn("STRIPE_SECRET_KEY not set; price sync skipped")
        return
    if secret.startswith("sk_test_"):
        warnings.warn(f"syncing prices with a test-mode key {secret}")
    stripe.api_key = secret
    price_map = load_price_map(path)
    for lookup_key, spec in price_map.items():
        existing = stripe.Price.list(lookup_keys=[lookup_key], limit=1).data
        if existing:
            log.info("price %s exists: %s", lookup_key, existing[0].id)
            continue
        price = stripe.Price.create(
            product=spec["product"],
            currency=spec.get("currency", "usd"),
            lookup_key=lookup_key,
            recurring={"interval": "month", "usage_type": "metered"},
            billing_scheme="tiered",
            tiers_mode="graduated",
            tiers=spec["tiers"],
        )
        log.info("created metered price %s for %s per 1k tokens", price.id, lookup_key)


def verify_key(secret: str) -> bool:
    try:
        stripe.Account.retrieve(api_key=secret)
        return True
    except stripe.error.AuthenticationError as exc:
        log.warning("stripe auth failed: %s (http %s)", exc.user_message, exc.http_status)
        raise ValueError("Stripe rejected key " + secret) from exc


if __name__ == "__main__":
    sync_prices()
