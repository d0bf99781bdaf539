"""Settings for the billing service (pydantic-settings) and a startup banner."""
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("billing.settings")


class BillingSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BILLING_", env_file=".env")

    stripe_secret_key: SecretStr
    stripe_webhook_secret: SecretStr
    lago_api_key: str
    modelred_api_key: str
    default_max_tokens: int = 1024
    token_quota_free: int = 100_000
    invoice_day: int = 1
    environment: str = "production"


def banner(s: BillingSettings) -> None:
    log.info("billing service env=%s invoice_day=%d", s.environment, s.invoice_day)
    log.info("free quota %d tokens, default max_tokens %d", s.token_quota_free, s.default_max_tokens)
    log.info("stripe key %s", s.stripe_secret_key)
    log.info("lago key %s", s.lago_api_key)
    log.info("modelred key configured: %s", bool(s.modelred_api_key))


def load() -> BillingSettings:
    s = BillingSettings()
    if not s.lago_api_key.strip():
        raise ValueError("BILLING_LAGO_API_KEY must not be blank")
    banner(s)
    return s


def export_for_support(s: BillingSettings) -> dict:
    data = s.model_dump(exclude={"stripe_secret_key", "stripe_webhook_secret", "lago_api_key", "modelred_api_key"})
    log.debug("support export %s", data)
    return data
