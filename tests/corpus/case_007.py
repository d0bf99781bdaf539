"""Application settings, loaded from the environment and .env."""
from functools import lru_cache
from typing import List

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_", extra="ignore")

    environment: str = "dev"
    debug: bool = False

    # ModelRed
    modelred_api_key: SecretStr = Field(default=SecretStr(""), alias="MODELRED_API_KEY")
    modelred_api_key_env: str = "MODELRED_API_KEY"
    modelred_secret_name: str = "modelred/prod/api-key"
    modelred_probe_packs: List[str] = ["pp_core_jailbreak", "pp_core_injection"]

    # Providers
    openai_api_key_file: str = "/run/secrets/openai_api_key"
    anthropic_api_key_path: str = "/run/secrets/anthropic_api_key"
    max_tokens: int = 1024
    request_timeout_s: float = 20.0

    # Auth
    token_url: str = "https://auth.internal.example.com/oauth2/token"
    jwt_algorithm: str = "HS256"
    jwt_signing_key: str = "CObMqF3pcPsjEEZLRN79tWmb1LPBMUmi0Yp5Q59yOv46K1NH"
    session_secret: str = "change-me-in-production"
    webhook_secret: str = "whsec_XOStyNV7tX4zKIu3OR47hGVTvNa0IxlV"
    password_min_length: int = 12
    token_ttl_seconds: int = 3600


@lru_cache
def get_settings() -> Settings:
    return Settings()
