"""Stripe Billing Meter events sent from the LLM proxy (new meter API)."""
import logging
import os
import time

import stripe

logger = logging.getLogger("proxy.billing")


class StripeMeter:
    EVENT_NAME = "llm_tokens"

    def __init__(self, restricted_key: str | None = None):
        self._rk = restricted_key or os.environ["STRIPE_RESTRICTED_KEY"]
        self.client = stripe.StripeClient(self._rk)

    def report(self, stripe_customer: str, total_tokens: int) -> None:
        try:
            self.client.billing.meter_events.create(params={
                "event_name": self.EVENT_NAME,
                "payload": {"stripe_customer_id": stripe_customer, "value": str(total_tokens)},
                "timestamp": int(time.time()),
            })
        except stripe.AuthenticationError as e:
            raise RuntimeError("meter event rejected, restricted key %s" % self._rk) from e
        except stripe.StripeError as e:
            logger.warning("meter event for %s failed: %s", stripe_customer, e.user_message)
            return
        logger.debug("metered %d tokens for %s under %s", total_tokens, stripe_customer, self.EVENT_NAME)


class ProxyHooks:
    def __init__(self, meter: StripeMeter):
        self.meter = meter

    def on_response(self, request_headers: dict, response: dict) -> None:
        usage = response.get("usage") or {}
        customer = request_headers.get("x-stripe-customer")
        if not customer:
            logger.info("no customer header; skipping meter (headers %s)", sorted(request_headers))
            return
        self.meter.report(customer, usage.get("total_tokens", 0))

    def on_auth_failure(self, request_headers: dict) -> None:
        key = request_headers.get("x-api-key")
        logger.warning("auth failure for key %s", key)
        logger.warning("auth failure for key ending %s", (key or "")[-4:])
