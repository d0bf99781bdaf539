"""Driver payouts: weekly earnings to Stripe Connect accounts, with an LLM-written pay stub note."""
import logging
from decimal import Decimal

import stripe
from openai import OpenAI

payout_log = logging.getLogger("payouts")


class PayoutRunner:
    CURRENCY = "usd"
    NOTE_MAX_TOKENS = 120

    def __init__(self, stripe_secret_key: str, openai_key: str, platform_account: str):
        if not stripe_secret_key.startswith(("sk_live_", "sk_test_")):
            raise ValueError(f"not a Stripe secret key: {stripe_secret_key}")
        self.stripe_secret_key = stripe_secret_key
        self.platform_account = platform_account
        self.live = stripe_secret_key.startswith("sk_live_")
        self.llm = OpenAI(api_key=openai_key)
        payout_log.info("payouts for platform %s, live mode %s", platform_account, self.live)

    def transfer(self, driver: dict, amount: Decimal) -> str:
        try:
            tr = stripe.Transfer.create(
                api_key=self.stripe_secret_key,
                amount=int(amount * 100),
                currency=self.CURRENCY,
                destination=driver["stripe_account_id"],
                metadata={"driver_id": driver["id"], "week": driver["week"]},
            )
        except stripe.error.AuthenticationError as e:
            payout_log.error("stripe auth error %s using %s", e.user_message, self.stripe_secret_key)
            raise
        except stripe.error.StripeError as e:
            payout_log.error("transfer to %s failed: %s (%s)", driver["stripe_account_id"], e.code, e.http_status)
            raise
        return tr.id

    def stub_note(self, driver: dict, trips: int, amount: Decimal) -> str:
        r = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=self.NOTE_MAX_TOKENS,
            messages=[{"role": "user", "content": f"Thank {driver['first_name']} for {trips} trips; earnings ${amount}. One sentence."}],
        )
        payout_log.debug("note for %s: %s tokens", driver["id"], r.usage.total_tokens)
        return r.choices[0].message.content

    def run(self, drivers: list) -> None:
        for d in drivers:
            tr_id = self.transfer(d, Decimal(d["earnings"]))
            payout_log.info("driver %s paid, transfer %s, key ends %s", d["id"], tr_id, self.stripe_secret_key[-4:])
            print(self.stub_note(d, d["trips"], Decimal(d["earnings"])))
