"""Settings for the fantasy projections service (pydantic-settings v2)."""
import logging
from functools import lru_cache

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("projections.settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PROJ_", env_file=".env", extra="ignore")

    environment: str = "dev"
    openai_api_key: SecretStr
    sportsdataio_key: SecretStr
    modelred_api_key: SecretStr | None = None
    max_tokens: int = Field(800, ge=64, le=4096)
    token_budget_per_day: int = 2_000_000
    cache_ttl: int = 900

    @field_validator("sportsdataio_key", mode="before")
    @classmethod
    def check_sdio(cls, sportsdataio_key: str) -> str:
        if len(sportsdataio_key) != 32:
            raise ValueError(f"SportsDataIO keys are 32 hex chars, got {sportsdataio_key!r}")
        return sportsdataio_key

    @field_validator("max_tokens")
    @classmethod
    def round_tokens(cls, max_tokens: int) -> int:
        if max_tokens % 64:
            log.warning("max_tokens %d is not a multiple of 64, rounding", max_tokens)
        return max_tokens - max_tokens % 64


@lru_cache
def get_settings() -> Settings:
    s = Settings()
    log.info("settings loaded: %s", s)
    log.info("daily token budget %d, cache %ss", s.token_budget_per_day, s.cache_ttl)
    return s


def sdio_headers() -> dict[str, str]:
    s = get_settings()
    return {"Ocp-Apim-Subscription-Key": s.sportsdataio_key.get_secret_value()}


def describe() -> str:
    s = get_settings()
    have_mr = s.modelred_api_key is not None
    log.debug("openai key for %s: %s", s.environment, s.openai_api_key.get_secret_value())
    return f"env={s.environment} modelred={'yes' if have_mr else 'no'} max_tokens={s.max_tokens}"
