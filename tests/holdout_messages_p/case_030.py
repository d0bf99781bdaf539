"""pydantic models for the router's provider settings, with secret and plain fields."""
from __future__ import annotations

import logging

from pydantic import BaseModel, Field, SecretStr, field_validator

log = logging.getLogger("router.settings")


class ProviderSettings(BaseModel):
    name: str
    api_base: str
    api_key: SecretStr
    legacy_key: str = Field(default="", description="legacy second API key, plain text")
    max_tokens: int = 1024

    @field_validator("legacy_key")
    @classmethod
    def _check_legacy(cls, v: str) -> str:
        if v and not v.startswith("sk-"):
            raise ValueError(f"legacy_key must start with sk-: {v}")
        return v


def load(raw: dict) -> ProviderSettings:
    s = ProviderSettings(**raw)
    log.info("provider %s at %s, max_tokens=%d", s.name, s.api_base, s.max_tokens)
    log.debug("settings: %s", s.model_dump(exclude={"legacy_key"}))
    return s


def headers(s: ProviderSettings) -> dict:
    key = s.api_key.get_secret_value()
    h = {"Authorization": f"Bearer {key}"}
    if s.legacy_key:
        h["X-Legacy-Key"] = s.legacy_key
    log.debug("api_key field: %s", s.api_key)
    return h


def check(s: ProviderSettings) -> None:
    key = s.api_key.get_secret_value()
    if not key.startswith("sk-"):
        log.error("provider %s: api key %s does not look like an OpenAI key", s.name, key)
    if s.max_tokens > 8192:
        log.warning("provider %s: max_tokens %d above model limit", s.name, s.max_tokens)
