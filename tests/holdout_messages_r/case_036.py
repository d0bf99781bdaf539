"""agent/config.py - settings for the research agent (pydantic v2)."""
from typing import Literal, Optional

from pydantic import AnyHttpUrl, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class AgentSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AGENT_", env_file=".env")

    provider: Literal["openai", "anthropic", "azure"] = "openai"
    model: str = "gpt-4o"
    max_tokens: int = Field(default=2048, ge=1, le=16384)
    openai_api_key: Optional[str] = None
    anthropic_api_key: Optional[SecretStr] = None
    azure_endpoint: Optional[AnyHttpUrl] = None
    azure_api_key: Optional[str] = None
    tavily_api_key: str = ""

    @field_validator("openai_api_key")
    @classmethod
    def _check_openai(cls, v: Optional[str]) -> Optional[str]:
        if v is None:
            return v
        v = v.strip()
        if not v:
            raise ValueError(f"openai_api_key is blank: {v!r}")
        if not v.startswith("sk-"):
            raise ValueError(f"openai_api_key must start with 'sk-', got '{v}'")
        return v

    @field_validator("max_tokens")
    @classmethod
    def _cap(cls, v: int) -> int:
        if v > 8192:
            raise ValueError(f"max_tokens={v} is above what the agent loop can handle")
        return v

    @model_validator(mode="after")
    def _provider_has_key(self):
        if self.provider == "anthropic" and self.anthropic_api_key is None:
            raise ValueError("provider=anthropic needs AGENT_ANTHROPIC_API_KEY")
        if self.provider == "anthropic" and len(self.anthropic_api_key.get_secret_value()) < 40:
            raise ValueError(f"anthropic key looks short: {self.anthropic_api_key}")
        if self.provider == "azure" and not (self.azure_endpoint and self.azure_api_key):
            raise ValueError(f"azure needs endpoint and key (endpoint={self.azure_endpoint}, key={self.azure_api_key})")
        return self


def load() -> AgentSettings:
    s = AgentSettings()
    print(f"agent: provider={s.provider} model={s.model} max_tokens={s.max_tokens}")
    print(f"tavily key: {s.tavily_api_key or '(none)'}")
    return s
