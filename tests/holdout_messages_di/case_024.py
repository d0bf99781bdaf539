"""Agent plug-in: Stripe read-only tools with a restricted key per tenant."""
import logging
import os

import stripe

log = logging.getLogger("plugins.stripe")
TENANT_KEYS_PREFIX = "STRIPE_RK_"


def tenant_key(tenant: str) -> str:
    var = TENANT_KEYS_PREFIX + tenant.upper()
    key = os.environ.get(var, "")
    if not key:
        raise LookupError(f"no Stripe key for tenant {tenant} (expected {var}, got {key!r})")
    if not key.startswith("rk_"):
        raise ValueError(f"tenant {tenant} has a non-restricted Stripe key {key}")
    return key


def recent_charges(tenant: str, limit: int = 5) -> list[dict]:
    key = tenant_key(tenant)
    try:
        charges = stripe.Charge.list(limit=limit, api_key=key)
    except stripe.error.AuthenticationError as e:
        log.error("stripe auth failed for %s: %s", tenant, e.user_message)
        log.error("stripe key used for %s: %s", tenant, key)
        return []
    except stripe.error.StripeError as e:
        log.warning("stripe error %s for %s (http %s)", e.code, tenant, e.http_status)
        return []
    rows = [{"id": c.id, "amount": c.amount, "currency": c.currency, "status": c.status} for c in charges.data]
    log.info("tenant %s: %d charges", tenant, len(rows))
    return rows


def customer(tenant: str, customer_id: str) -> dict:
    key = tenant_key(tenant)
    c = stripe.Customer.retrieve(customer_id, api_key=key)
    return {"id": c.id, "email": c.email, "created": c.created}


TOOLS = [
    {"name": "recent_charges", "fn": recent_charges, "args": {"tenant": "str", "limit": "int"}},
    {"name": "customer", "fn": customer, "args": {"tenant": "str", "customer_id": "str"}},
]


def describe_tenants() -> None:
    tenants = [v[len(TENANT_KEYS_PREFIX):].lower() for v in os.environ if v.startswith(TENANT_KEYS_PREFIX)]
    print("tenants with Stripe keys:", ", ".join(tenants))
    for t in tenants:
        print(f"  {t}: key ...{tenant_key(t)[-4:]}")
