"""Typed settings for the gateway, loaded from the environment and logged at start-up."""
import logging
import os
from dataclasses import dataclass, field, asdict

from pydantic import BaseModel, SecretStr

logger = logging.getLogger("gateway.settings")


@dataclass
class ProviderSettings:
    name: str
    base_url: str
    api_key: str
    timeout: float = 30.0


@dataclass
class SafeProviderSettings:
    name: str
    base_url: str
    api_key: str = field(repr=False, default="")


class GatewaySettings(BaseModel):
    openai_api_key: SecretStr
    anthropic_api_key: SecretStr
    default_model: str = "gpt-4o-mini"
    request_timeout: float = 60.0


class PlainSettings(BaseModel):
    groq_api_key: str
    region: str = "us"


def load() -> GatewaySettings:
    settings = GatewaySettings(
        openai_api_key=os.environ["OPENAI_API_KEY"],
        anthropic_api_key=os.environ["ANTHROPIC_API_KEY"],
    )
    logger.info("loaded settings: %s", settings)
    logger.info("default model %s, timeout %s", settings.default_model, settings.request_timeout)
    return settings


def describe_providers() -> None:
    openai = ProviderSettings("openai", "https://api.openai.com/v1", os.environ["OPENAI_API_KEY"])
    safe = SafeProviderSettings("anthropic", "https://api.anthropic.com", os.environ["ANTHROPIC_API_KEY"])
    logger.info("provider %s at %s", openai.name, openai.base_url)
    logger.info("safe provider: %r", safe)
    logger.debug("provider config: %s", openai)
    print("as dict:", asdict(openai))


def plain() -> PlainSettings:
    s = PlainSettings(groq_api_key=os.environ["GROQ_API_KEY"])
    logger.info("plain settings region=%s", s.region)
    logger.info("plain settings %s", s.model_dump(exclude={"groq_api_key"}))
    logger.warning("plain settings dump %s", s.model_dump())
    return s
