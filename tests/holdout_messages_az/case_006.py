"""Monthly creator payouts over Stripe Connect."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import stripe

log = logging.getLogger("payouts")

MIN_PAYOUT = Decimal("10.00")
STRIPE_KEY_VAR = "STRIPE_SECRET_KEY"


@dataclass
class Creator:
    handle: str
    account_id: str
    balance: Decimal


class PayoutRunner:
    def __init__(self, api_key: str | None = None, dry_run: bool = False) -> None:
        self.api_key = api_key or os.environ[STRIPE_KEY_VAR]
        self.dry_run = dry_run
        if not self.api_key.startswith(("sk_live_", "sk_test_")):
            raise ValueError(f"expected a Stripe secret key, got {self.api_key!r}")
        stripe.api_key = self.api_key
        log.info("payout runner (live=%s, dry_run=%s)", self.api_key.startswith("sk_live_"), dry_run)

    def pay(self, creator: Creator) -> str | None:
        if creator.balance < MIN_PAYOUT:
            log.info("skip %s: balance %s below %s", creator.handle, creator.balance, MIN_PAYOUT)
            return None
        amount = int(creator.balance * 100)
        if self.dry_run:
            print(f"[dry-run] would transfer {amount} cents to {creator.account_id}")
            return None
        try:
            transfer = stripe.Transfer.create(amount=amount, currency="usd", destination=creator.account_id)
        except stripe.error.AuthenticationError as exc:
            log.critical("stripe refused key %s: %s", self.api_key, exc.user_message)
            raise
        except stripe.error.StripeError as exc:
            log.error("transfer to %s failed: %s", creator.handle, exc.user_message)
            return None
        log.info("transfer %s for %s", transfer.id, creator.handle)
        return transfer.id

    def run(self, creators: list[Creator]) -> int:
        paid = [c for c in creators if self.pay(c)]
        log.info("paid %d of %d creators", len(paid), len(creators))
        return len(paid)
