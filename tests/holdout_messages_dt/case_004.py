from __future__ import annotations

import logging
import os

from pydantic import BaseModel, Field, SecretStr, field_validator

logger = logging.getLogger("router.config")


class GroqConfig(BaseModel):
    api_key: SecretStr
    model: str = "llama-3.3-70b-versatile"
    max_tokens: int = Field(default=512, ge=1, le=32768)

    @field_validator("api_key")
    @classmethod
    def check_prefix(cls, v: SecretStr) -> SecretStr:
        if not v.get_secret_value().startswith("gsk_"):
            raise ValueError(f"Groq keys start with gsk_, got {v.get_secret_value()}")
        return v


class MistralConfig(BaseModel):
    api_key: str
    endpoint: str = "https://api.mistral.ai/v1"
    safe_prompt: bool = True

    @field_validator("endpoint")
    @classmethod
    def https_only(cls, v: str) -> str:
        if not v.startswith("https://"):
            raise ValueError(f"endpoint must be https, got {v}")
        return v


class RouterConfig(BaseModel):
    groq: GroqConfig
    mistral: MistralConfig
    default_provider: str = "groq"


def build_config() -> RouterConfig:
    cfg = RouterConfig(
        groq=GroqConfig(api_key=os.environ["GROQ_API_KEY"]),
        mistral=MistralConfig(api_key=os.environ["MISTRAL_API_KEY"]),
    )
    logger.debug("groq config: %s", cfg.groq)
    logger.debug("mistral config: %s", cfg.mistral.model_dump(exclude={"api_key"}))
    logger.debug("mistral config: %s", cfg.mistral.model_dump())
    logger.info("default provider %s, groq max_tokens %d", cfg.default_provider, cfg.groq.max_tokens)
    return cfg


def show_groq_key(cfg: RouterConfig) -> None:
    """Support asked for a way to see which key the router is using."""
    print("groq key in use:", cfg.groq.api_key.get_secret_value())
    print("groq key hint:", cfg.groq.api_key.get_secret_value()[-4:])


if __name__ == "__main__":
    show_groq_key(build_config())
