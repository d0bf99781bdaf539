import logging
import os
import sys

import stripe
from google import genai

log = logging.getLogger(__name__)


def gemini_client() -> genai.Client:
    google_api_key = os.environ.get("GOOGLE_API_KEY", "")
    if not google_api_key.startswith("AIza"):
        raise ValueError("GOOGLE_API_KEY does not look like a Google key: %s" % google_api_key)
    return genai.Client(api_key=google_api_key)


def explain_upcoming_invoice(customer_id: str) -> str:
    upcoming = stripe.Invoice.create_preview(customer=customer_id)
    lines = [f"{li.description}: {li.amount / 100:.2f}" for li in upcoming.lines.data]
    log.info("preview for %s has %d lines, total %s", customer_id, len(lines), upcoming.total)
    client = gemini_client()
    resp = client.models.generate_content(
        model="gemini-1.5-flash",
        contents="Explain this upcoming invoice to a non-technical customer:\n" + "\n".join(lines),
        config={"max_output_tokens": 300},
    )
    log.info("gemini used %s tokens", resp.usage_metadata.total_token_count)
    return resp.text


def main(argv: list[str]) -> int:
    stripe.api_key = os.environ.get("STRIPE_SECRET_KEY")
    if stripe.api_key is None:
        print("STRIPE_SECRET_KEY not set", file=sys.stderr)
        return 2
    if len(argv) < 2:
        print("usage: explain.py CUSTOMER_ID", file=sys.stderr)
        return 2
    try:
        print(explain_upcoming_invoice(argv[1]))
    except stripe.error.InvalidRequestError as e:
        print(f"stripe: {e.user_message} (param {e.param})", file=sys.stderr)
        return 1
    except stripe.error.AuthenticationError:
        print(f"stripe rejected key {stripe.api_key}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
