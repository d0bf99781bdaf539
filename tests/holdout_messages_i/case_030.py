"""Request / settings models for the evaluation service (pydantic v2)."""
import logging

from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger("evalsvc.models")


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="EVALSVC_")
    modelred_api_key: SecretStr
    openai_api_key: SecretStr
    region: str = "eu-west-1"
    max_tokens: int = 1024


class ProviderPayload(BaseModel):
    provider: str
    model_name: str
    api_key: str = Field(min_length=20)
    temperature: float = 0.0

    @field_validator("api_key")
    @classmethod
    def check_prefix(cls, v: str) -> str:
        if not v.startswith(("sk-", "sk-ant-", "hf_")):
            raise ValueError(f"unsupported key format: {v}")
        return v


def load_settings() -> ServiceSettings:
    s = ServiceSettings()
    logger.info("settings loaded: %s", s)
    logger.info("region=%s max_tokens=%d dump=%s", s.region, s.max_tokens, s.model_dump())
    return s


def accept(payload: ProviderPayload) -> dict:
    logger.info("provider payload (safe view): %s", payload.model_dump(exclude={"api_key"}))
    logger.debug("provider payload: %s", payload)
    return {"provider": payload.provider, "model": payload.model_name}


def describe_key(s: ServiceSettings) -> str:
    raw = s.openai_api_key.get_secret_value()
    logger.debug("openai key has %d chars", len(raw))
    return f"openai key ends with {raw[-4:]}"
