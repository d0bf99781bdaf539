"""Pydantic settings for the hospitality AI gateway, with a startup banner."""
import logging

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("gateway.settings")


class GatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", env_file=".env")

    openai_api_key: SecretStr
    modelred_api_key: str
    square_access_token: str
    redis_url: str = "redis://localhost:6379/2"
    max_tokens: int = 1024
    token_budget_per_guest: int = 20_000
    region: str = "us-east"


def banner(s: GatewaySettings) -> None:
    log.info("gateway region=%s redis=%s", s.region, s.redis_url)
    log.info("limits: max_tokens=%d budget=%d", s.max_tokens, s.token_budget_per_guest)
    log.info("openai key: %s", s.openai_api_key)
    log.info("modelred key: %s", s.modelred_api_key)


def check(s: GatewaySettings) -> None:
    if not s.modelred_api_key.startswith("mr_"):
        raise ValueError(f"GATEWAY_MODELRED_API_KEY must start with mr_, got {s.modelred_api_key}")
    if len(s.square_access_token) < 20:
        raise ValueError(f"square_access_token too short ({len(s.square_access_token)} chars)")


def dump_for_support(s: GatewaySettings) -> dict:
    safe = s.model_dump(exclude={"openai_api_key", "modelred_api_key", "square_access_token"})
    log.info("support dump %s", safe)
    return safe


if __name__ == "__main__":
    settings = GatewaySettings()
    banner(settings)
    check(settings)
    print(dump_for_support(settings))
    print("square token:", settings.square_access_token)
