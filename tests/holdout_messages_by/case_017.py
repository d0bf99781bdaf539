import logging
import os

import stripe
from modelred import AsyncModelRed, ProviderConfig, ModelRedError, ConflictError

logger = logging.getLogger("onboarding")


class TenantOnboarding:
    """Creates the Stripe customer and a ModelRed model entry for a new tenant (gen 2 SDK)."""

    def __init__(self):
        self.stripe_key = os.environ["STRIPE_SECRET_KEY"]
        self.modelred_key = os.environ["MODELRED_API_KEY"]
        self.openrouter_key = os.environ["OPENROUTER_API_KEY"]
        self.price_id = os.environ.get("DEFAULT_PRICE_ID", "price_llm_metered")

    async def onboard(self, tenant_slug: str, email: str) -> dict:
        customer = stripe.Customer.create(email=email, metadata={"tenant": tenant_slug}, api_key=self.stripe_key)
        sub = stripe.Subscription.create(customer=customer.id, items=[{"price": self.price_id}], api_key=self.stripe_key)
        logger.info("stripe customer %s sub %s price %s", customer.id, sub.id, self.price_id)
        config = ProviderConfig.openrouter(api_key=self.openrouter_key, model_name="meta-llama/llama-3.1-70b-instruct")
        try:
            async with AsyncModelRed(api_key=self.modelred_key) as mr:
                await mr.create_model(modelId=f"{tenant_slug}-llama", provider="openrouter",
                                      displayName=tenant_slug, providerConfig=config)
        except ConflictError:
            logger.info("model for %s already exists", tenant_slug)
        except ModelRedError as exc:
            logger.error("ModelRed create_model failed for %s: %r", tenant_slug, exc)
            return {"customer": customer.id, "model": None, "error": str(exc)}
        return {"customer": customer.id, "model": f"{tenant_slug}-llama"}

    def dump_config(self) -> None:
        logger.debug("onboarding config: %s", vars(self))
        safe = {k: v for k, v in vars(self).items() if not k.endswith("_key")}
        logger.debug("onboarding config (safe): %s", safe)

    def check(self) -> None:
        if not self.openrouter_key.startswith("sk-or-v1-"):
            raise ValueError(f"OPENROUTER_API_KEY has wrong prefix: {self.openrouter_key[:4]}")
