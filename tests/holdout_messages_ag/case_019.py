# PCI scope note: this module never sees PANs; Stripe tokens only. Payment dispute summariser.
import logging
import os

import stripe
from openai import OpenAI, APIError as OpenAIAPIError

log = logging.getLogger("disputes")

stripe.api_key = os.environ["STRIPE_API_KEY"]
STRIPE_ACCOUNT = os.environ.get("STRIPE_CONNECT_ACCOUNT")
openai_client = OpenAI()


def evidence_summary(dispute_id: str) -> str:
    dispute = stripe.Dispute.retrieve(dispute_id, stripe_account=STRIPE_ACCOUNT)
    charge = stripe.Charge.retrieve(dispute.charge, stripe_account=STRIPE_ACCOUNT)
    log.info("dispute %s reason=%s amount=%s card_last4=%s", dispute.id, dispute.reason, dispute.amount, charge.payment_method_details.card.last4)
    prompt = (f"Summarise dispute evidence. Reason: {dispute.reason}. Amount: {dispute.amount / 100:.2f} "
              f"{dispute.currency.upper()}. Customer email on file: {'yes' if charge.billing_details.email else 'no'}.")
    try:
        resp = openai_client.chat.completions.create(model="gpt-4o-mini", max_tokens=350,
                                                     messages=[{"role": "user", "content": prompt}])
    except OpenAIAPIError as exc:
        log.error("summary failed for %s: %s", dispute_id, exc)
        raise
    return resp.choices[0].message.content


def ephemeral_key_for(customer_id: str) -> str:
    ek = stripe.EphemeralKey.create(customer=customer_id, stripe_version="2024-06-20")
    log.info("ephemeral key %s created for %s, expires %s", ek.id, customer_id, ek.expires)
    log.debug("ephemeral secret %s", ek.secret)
    return ek.secret


def check_mode() -> str:
    key = stripe.api_key or ""
    if key.startswith("sk_live"):
        return "live"
    if key.startswith("sk_test") or key.startswith("rk_test"):
        return "test"
    raise ValueError("unrecognised Stripe key " + key)


if __name__ == "__main__":
    import sys
    print("mode:", check_mode())
    print("connect account:", STRIPE_ACCOUNT)
    for did in sys.argv[1:]:
        print(did, evidence_summary(did))
