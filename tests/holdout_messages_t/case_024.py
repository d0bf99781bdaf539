"""Pydantic settings for the eval worker."""
import logging

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger(__name__)


class WorkerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EVAL_", env_file=".env")

    openai_api_key: SecretStr
    hf_token: str = ""
    modelred_api_key: str = ""
    token_env_var: str = "EVAL_HF_TOKEN"
    max_tokens: int = Field(default=512, ge=1)
    api_base: str = "https://api.openai.com/v1"

    @field_validator("hf_token")
    @classmethod
    def check_hf(cls, v: str) -> str:
        if v and not v.startswith("hf_"):
            raise ValueError(f"hf_token must start with hf_, got {v}")
        return v

    @field_validator("modelred_api_key")
    @classmethod
    def check_mr(cls, v: str) -> str:
        if not v:
            raise ValueError(f"modelred_api_key is required (got {v!r})")
        if not v.startswith("mr_") or len(v) < 12:
            raise ValueError(f"not a ModelRed key: {v}")
        return v


def load() -> WorkerSettings:
    s = WorkerSettings()
    logger.info("api base %s, max_tokens=%d", s.api_base, s.max_tokens)
    logger.info("openai key: %s", s.openai_api_key)
    logger.info("hf token comes from %s", s.token_env_var)
    logger.debug("settings dump: %s", s.model_dump())
    logger.debug("safe dump: %s", s.model_dump(exclude={"hf_token", "modelred_api_key", "openai_api_key"}))
    return s
