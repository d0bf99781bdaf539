"""Pydantic settings for the feedback analytics service."""
from __future__ import annotations

import logging

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("feedback.settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="FEEDBACK_")

    qualtrics_datacenter: str = "iad1"
    qualtrics_token: SecretStr
    openai_api_key: str
    openai_max_tokens: int = 256
    modelred_api_key: str
    sentiment_model_id: str = "cx-sentiment-v5"

    @field_validator("openai_api_key")
    @classmethod
    def check_openai(cls, v: str) -> str:
        if not v.startswith(("sk-proj-", "sk-svcacct-", "sk-")):
            raise ValueError(f"openai_api_key must start with sk-, got {v}")
        return v

    @field_validator("modelred_api_key")
    @classmethod
    def check_modelred(cls, v: str) -> str:
        if not v:
            raise ValueError(f"modelred_api_key is empty ({v!r})")
        if not v.startswith("mr_"):
            raise ValueError("modelred_api_key must start with mr_ (see MODELRED_API_KEY docs)")
        return v


def load() -> Settings:
    s = Settings()
    log.info("datacenter %s, model %s, max_tokens %d", s.qualtrics_datacenter, s.sentiment_model_id, s.openai_max_tokens)
    log.info("qualtrics token %s", s.qualtrics_token)
    return s


if __name__ == "__main__":
    settings = load()
    print("fields:", list(Settings.model_fields))
    print("openai key configured:", bool(settings.openai_api_key))
