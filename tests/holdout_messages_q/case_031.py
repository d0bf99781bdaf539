"""Typed credential models for the provider registry."""
from __future__ import annotations

import logging
from typing import Literal, Optional

from pydantic import BaseModel, Field, SecretStr, field_validator, model_validator

logger = logging.getLogger("providerkit.credentials")

KEY_PREFIXES = {"openai": ("sk-",), "anthropic": ("sk-ant-",), "xai": ("xai-",), "openrouter": ("sk-or-",)}


class ProviderCredentials(BaseModel):
    provider: Literal["openai", "anthropic", "xai", "openrouter", "azure"]
    api_key: str
    api_base: Optional[str] = None
    organization: Optional[str] = None
    max_tokens_default: int = Field(default=1024, ge=1)

    @field_validator("api_key")
    @classmethod
    def _strip(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError(f"api_key must not be blank (got {v!r})")
        return v

    @model_validator(mode="after")
    def _check_prefix(self) -> "ProviderCredentials":
        prefixes = KEY_PREFIXES.get(self.provider)
        if prefixes and not self.api_key.startswith(prefixes):
            raise ValueError(f"{self.provider} api_key should start with {prefixes[0]!r}, got {self.api_key!r}")
        return self


class ProxyCredentials(BaseModel):
    username: str
    password: SecretStr
    host: str


def register(creds: ProviderCredentials, proxy: Optional[ProxyCredentials] = None) -> None:
    logger.info("registering %s credentials (api_base=%s, org=%s)", creds.provider, creds.api_base, creds.organization)
    logger.debug("registry entry: %s", creds.model_dump(exclude={"api_key"}))
    if proxy is not None:
        logger.debug("via proxy %s", proxy)
    logger.debug("full credential record: %s", creds.model_dump())
    logger.debug("default max_tokens %d", creds.max_tokens_default)
