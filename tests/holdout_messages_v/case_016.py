"""Usage-based billing for the LLM API: meters usage into Stripe."""

import logging
import os
from dataclasses import dataclass, field

import stripe

logger = logging.getLogger("billing.meter")


@dataclass
class BillingConfig:
    secret_key: str = field(repr=False)
    meter_event: str = "llm_tokens"
    price_id: str = ""


class BillingError(Exception):
    pass


def load_config() -> BillingConfig:
    key = os.environ.get("STRIPE_SECRET_KEY", "")
    if not key.startswith(("sk_live_", "sk_test_")):
        raise BillingError(f"STRIPE_SECRET_KEY does not look like a Stripe secret key: {key}")
    cfg = BillingConfig(secret_key=key, price_id=os.environ.get("STRIPE_PRICE_ID", ""))
    logger.debug("stripe mode %s, key length %d", "live" if key.startswith("sk_live_") else "test", len(key))
    logger.info("billing config %s", cfg)
    return cfg


def report_usage(cfg: BillingConfig, customer_id: str, total_tokens: int) -> None:
    stripe.api_key = cfg.secret_key
    try:
        stripe.billing.MeterEvent.create(
            event_name=cfg.meter_event,
            payload={"stripe_customer_id": customer_id, "value": str(total_tokens)},
        )
    except stripe.error.AuthenticationError:
        logger.error("Stripe refused key for meter %s (mode %s)", cfg.meter_event, "live" if cfg.secret_key.startswith("sk_live_") else "test")
        raise BillingError(f"Stripe auth failed for {customer_id} with key {cfg.secret_key}")
    except stripe.error.StripeError as exc:
        logger.warning("meter event failed for %s: %s (request %s)", customer_id, exc.user_message, exc.request_id)
        raise
    logger.info("metered %d tokens for %s", total_tokens, customer_id)
