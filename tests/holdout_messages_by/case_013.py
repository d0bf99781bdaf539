import logging
import os
from decimal import Decimal

import orb

logger = logging.getLogger("pricing")

ORB_KEY = os.getenv("ORB_API_KEY", "")
client = orb.Orb(api_key=ORB_KEY)

PRICE_PER_1K = {
    "gpt-4o": Decimal("0.0050"),
    "gpt-4o-mini": Decimal("0.00015"),
    "claude-3-5-sonnet": Decimal("0.0030"),
}


def cost_for(model: str, prompt_tokens: int, completion_tokens: int) -> Decimal:
    rate = PRICE_PER_1K.get(model)
    if rate is None:
        raise KeyError(f"no price for model {model}")
    return (Decimal(prompt_tokens + completion_tokens) / 1000) * rate


def push_cost(customer_external_id: str, model: str, usage: dict) -> None:
    cost = cost_for(model, usage["prompt_tokens"], usage["completion_tokens"])
    logger.info("%s %s cost %s for %d tokens", customer_external_id, model, cost, usage["total_tokens"])
    try:
        client.events.ingest(events=[{
            "event_name": "llm_cost",
            "external_customer_id": customer_external_id,
            "idempotency_key": usage["request_id"],
            "timestamp": usage["created_at"],
            "properties": {"model": model, "cost_usd": str(cost)},
        }])
    except orb.AuthenticationError:
        logger.error("Orb auth failed; ORB_API_KEY=%s", ORB_KEY)
        raise
    except orb.APIStatusError as e:
        logger.error("Orb error %s: %s", e.status_code, e.message)


def customer_portal(customer_external_id: str) -> str:
    cust = client.customers.fetch_by_external_id(customer_external_id)
    logger.debug("portal for %s idempotency header %s", cust.id, "Idempotency-Key")
    return cust.portal_url


if __name__ == "__main__":
    print(cost_for("gpt-4o", 1200, 300))
    print(f"ORB_API_KEY set: {bool(ORB_KEY)}")
